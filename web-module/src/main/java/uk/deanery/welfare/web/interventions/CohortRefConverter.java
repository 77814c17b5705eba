package uk.deanery.welfare.web.interventions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;

/** A cohort on a form as "YH-IMT 2026": the programme's code (no spaces), a space, the intake year. */
@FacesConverter(forClass = CohortRef.class, managed = true)
public class CohortRefConverter implements jakarta.faces.convert.Converter<CohortRef> {

    @Override
    public CohortRef getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int space = value.lastIndexOf(' ');
        try {
            return new CohortRef(value.substring(0, space), Integer.parseInt(value.substring(space + 1)));
        } catch (RuntimeException notACohort) {
            throw new ConverterException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a cohort from the list.", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CohortRef value) {
        return value == null ? "" : value.programme() + " " + value.intakeYear();
    }
}
