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
    signOutTimer: null,
    // The idle monitor fired: a page that keeps drafts saves one (its remote command), and the person is asked to
    // stay; without an answer the page reloads when the session has ended, which leads to the sign-in.
    idle: function () {
        if (typeof window.welfareSaveOnIdle === 'function') {
            window.welfareSaveOnIdle();
        }
        PF('idleDialog').show();
        var stay = document.getElementById('stay-signed-in');
        if (stay) {
            stay.focus();
        }
        welfare.signOutTimer = setTimeout(function () {
            window.location.reload();
        }, 5 * 60 * 1000 + 5000);
    },
    stayIn: function (contextPath) {
        clearTimeout(welfare.signOutTimer);
        fetch(contextPath + '/keep-alive', {credentials: 'same-origin', cache: 'no-store'});
        PF('idleDialog').hide();
    },
    // After a refused submit, take keyboard and screen reader users to the summary of what needs attention.
    focusSummary: function (regionId) {
        var region = document.getElementById(regionId);
        if (region && region.querySelector('li')) {
            region.focus();
        }
    }
};

// No inline handlers (the Content-Security-Policy allows none): the idle dialog's button is wired here.
document.addEventListener('click', function (event) {
    var stay = event.target.closest && event.target.closest('#stay-signed-in');
    if (stay) {
        welfare.stayIn(stay.getAttribute('data-context'));
    }
});
