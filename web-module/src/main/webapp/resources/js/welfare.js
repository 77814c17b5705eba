/* Keeps keyboard focus where it was when an AJAX update re-renders the element that had it. */
var welfare = {
    focusedId: null,
    rememberFocus: function () {
        welfare.focusedId = document.activeElement ? document.activeElement.id : null;
    },
    restoreFocus: function () {
        var element = welfare.focusedId && document.getElementById(welfare.focusedId);
        if (element) {
            element.focus();
        }
    },
    // After a refused submit, take keyboard and screen reader users to the summary of what needs attention.
    focusSummary: function (regionId) {
        var region = document.getElementById(regionId);
        if (region && region.querySelector('li')) {
            region.focus();
        }
    }
};
