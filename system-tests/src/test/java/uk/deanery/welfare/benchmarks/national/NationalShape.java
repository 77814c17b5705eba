package uk.deanery.welfare.benchmarks.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The country the national dataset describes: its deaneries, specialties, names and how trainees spread over them. */
final class NationalShape {

    private NationalShape() {}

    /** Deaneries (the UK's local offices and the devolved nations) and how much of the country's training each has. */
    static final Map<String, String> DEANERIES = new LinkedHashMap<>();

    static final double[] DEANERY_WEIGHT = {16, 7, 9, 4, 4, 4, 4, 9, 7, 8, 4, 5, 8, 9, 5, 3};

    static {
        DEANERIES.put("LDN", "London");
        DEANERIES.put("KSS", "Kent, Surrey and Sussex");
        DEANERIES.put("EOE", "East of England");
        DEANERIES.put("TV", "Thames Valley");
        DEANERIES.put("WX", "Wessex");
        DEANERIES.put("PEN", "Peninsula");
        DEANERIES.put("SEV", "Severn");
        DEANERIES.put("WM", "West Midlands");
        DEANERIES.put("EM", "East Midlands");
        DEANERIES.put("NW", "North West");
        DEANERIES.put("MER", "Mersey");
        DEANERIES.put("NE", "North East");
        DEANERIES.put("YH", "Yorkshire and the Humber");
        DEANERIES.put("SCO", "Scotland");
        DEANERIES.put("WAL", "Wales");
        DEANERIES.put("NI", "Northern Ireland");
    }

    /** Specialties with the study's specialty group they answer, and their share of trainees. */
    record SpecialtyShape(String name, String group, double weight) {}

    static final List<SpecialtyShape> SPECIALTIES = List.of(
            new SpecialtyShape("General Practice", "GP", 30),
            new SpecialtyShape("Internal Medicine Training", "IMT", 14),
            new SpecialtyShape("Core Surgical Training", "SURGERY", 6),
            new SpecialtyShape("Core Psychiatry Training", "PSYCH", 5),
            new SpecialtyShape("ACCS Emergency Medicine", "ACCS_EM", 3),
            new SpecialtyShape("Anaesthetics", "ANAES", 5),
            new SpecialtyShape("Paediatrics", "PAEDS", 4),
            new SpecialtyShape("Obstetrics and Gynaecology", "OG", 3),
            new SpecialtyShape("Acute Internal Medicine", "IMT", 1.2),
            new SpecialtyShape("Cardiology", "IMT", 1.2),
            new SpecialtyShape("Gastroenterology", "IMT", 1),
            new SpecialtyShape("Respiratory Medicine", "IMT", 1),
            new SpecialtyShape("Renal Medicine", "IMT", 0.6),
            new SpecialtyShape("Endocrinology and Diabetes", "IMT", 0.7),
            new SpecialtyShape("Geriatric Medicine", "IMT", 1.2),
            new SpecialtyShape("Rheumatology", "IMT", 0.4),
            new SpecialtyShape("Neurology", "IMT", 0.5),
            new SpecialtyShape("Dermatology", "IMT", 0.4),
            new SpecialtyShape("Clinical Oncology", "IMT", 0.4),
            new SpecialtyShape("Medical Oncology", "IMT", 0.4),
            new SpecialtyShape("Haematology", "IMT", 0.5),
            new SpecialtyShape("Infectious Diseases", "IMT", 0.3),
            new SpecialtyShape("Clinical Radiology", "OTHER", 2),
            new SpecialtyShape("Histopathology", "OTHER", 0.8),
            new SpecialtyShape("Ophthalmology", "SURGERY", 0.8),
            new SpecialtyShape("Otolaryngology", "SURGERY", 0.5),
            new SpecialtyShape("Trauma and Orthopaedic Surgery", "SURGERY", 1.2),
            new SpecialtyShape("General Surgery", "SURGERY", 1.5),
            new SpecialtyShape("Urology", "SURGERY", 0.5),
            new SpecialtyShape("Plastic Surgery", "SURGERY", 0.3),
            new SpecialtyShape("Neurosurgery", "SURGERY", 0.2),
            new SpecialtyShape("Cardiothoracic Surgery", "SURGERY", 0.15),
            new SpecialtyShape("Vascular Surgery", "SURGERY", 0.2),
            new SpecialtyShape("Paediatric Surgery", "SURGERY", 0.1),
            new SpecialtyShape("Oral and Maxillofacial Surgery", "SURGERY", 0.1),
            new SpecialtyShape("Emergency Medicine", "ACCS_EM", 1.5),
            new SpecialtyShape("Intensive Care Medicine", "ANAES", 0.8),
            new SpecialtyShape("Public Health", "OTHER", 0.5),
            new SpecialtyShape("Palliative Medicine", "IMT", 0.3),
            new SpecialtyShape("Clinical Genetics", "OTHER", 0.1),
            new SpecialtyShape("Chemical Pathology", "OTHER", 0.1),
            new SpecialtyShape("Medical Microbiology", "OTHER", 0.3),
            new SpecialtyShape("Virology", "OTHER", 0.05),
            new SpecialtyShape("Clinical Immunology", "OTHER", 0.05),
            new SpecialtyShape("Nuclear Medicine", "OTHER", 0.05),
            new SpecialtyShape("Sport and Exercise Medicine", "OTHER", 0.05),
            new SpecialtyShape("Occupational Medicine", "OTHER", 0.1),
            new SpecialtyShape("Rehabilitation Medicine", "IMT", 0.1),
            new SpecialtyShape("Genitourinary Medicine", "IMT", 0.15),
            new SpecialtyShape("Clinical Pharmacology and Therapeutics", "IMT", 0.05),
            new SpecialtyShape("Audiovestibular Medicine", "OTHER", 0.03),
            new SpecialtyShape("Allergy", "IMT", 0.03),
            new SpecialtyShape("Aviation and Space Medicine", "OTHER", 0.02),
            new SpecialtyShape("Child and Adolescent Psychiatry", "PSYCH", 0.4),
            new SpecialtyShape("Forensic Psychiatry", "PSYCH", 0.2),
            new SpecialtyShape("Old Age Psychiatry", "PSYCH", 0.3),
            new SpecialtyShape("Psychiatry of Learning Disability", "PSYCH", 0.1),
            new SpecialtyShape("Medical Psychotherapy", "PSYCH", 0.05),
            new SpecialtyShape("General Adult Psychiatry", "PSYCH", 0.8),
            new SpecialtyShape("Community Sexual and Reproductive Health", "OG", 0.05),
            new SpecialtyShape("Paediatric Cardiology", "PAEDS", 0.05),
            new SpecialtyShape("Clinical Neurophysiology", "OTHER", 0.03),
            new SpecialtyShape("Forensic Histopathology", "OTHER", 0.02),
            new SpecialtyShape("Diagnostic Neuropathology", "OTHER", 0.02),
            new SpecialtyShape("Paediatric and Perinatal Pathology", "OTHER", 0.02));

    static final String[] FORENAMES = {
        "Amara", "Oliver", "Priya", "George", "Fatima", "Harry", "Chiamaka", "Noah", "Aisha", "Jack", "Mei", "Leo",
        "Zainab", "Oscar", "Ananya", "Arthur", "Ngozi", "Freddie", "Sofia", "Alfie", "Hana", "Charlie", "Yusuf", "Isla"
    };
    static final String[] SURNAMES = {
        "Smith", "Okafor", "Patel", "Jones", "Khan", "Williams", "Adeyemi", "Brown", "Ahmed", "Taylor", "Chen",
                "Davies",
        "Hussain", "Evans", "Nair", "Wilson", "Mensah", "Thomas", "Rahman", "Roberts", "Ali", "Walker", "Iyer", "Wright"
    };
    /** Countries of primary medical qualification, the first the UK; the IMT share of IMGs is the study's. */
    static final String[] IMG_COUNTRIES = {"India", "Nigeria", "Pakistan", "Egypt", "Sudan", "Sri Lanka"};

    static final String[] CATEGORIES = {
        "ANXIETY_STARTING",
        "COMMUNICATION_SKILLS",
        "E_PORTFOLIO",
        "SUPERVISOR_ACCESS",
        "LIFE_IN_UK",
        "DISCRIMINATION_BULLYING",
        "EDUCATIONAL_BARRIERS",
        "WORKLOAD",
        "WELLBEING_BURNOUT"
    };
    static final Set<String> ABOUT_SUPERVISOR = Set.of("SUPERVISOR_ACCESS", "DISCRIMINATION_BULLYING");

    /** IMGs are about half of IMT and GP trainees and fewer elsewhere. */
    static double imgShare(String specialtyGroup) {
        return switch (specialtyGroup) {
            case "IMT", "GP" -> 0.5;
            case "PSYCH", "ACCS_EM" -> 0.4;
            default -> 0.25;
        };
    }

    static String grade(String specialtyGroup) {
        return switch (specialtyGroup) {
            case "IMT" -> "IMT1";
            case "GP" -> "GPST1";
            case "PSYCH", "SURGERY", "ANAES", "ACCS_EM" -> "CT1";
            default -> "ST1";
        };
    }
}
