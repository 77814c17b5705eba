-- Reference data. The first five are the challenges measured in the Yorkshire and Humber IMG study; the codes are
-- stable identifiers used by surveys and reports, so change labels freely but never codes.
INSERT INTO concern_category (code, label, sort_order) VALUES ('ANXIETY_STARTING', 'Anxiety about starting', 10);
INSERT INTO concern_category (code, label, sort_order) VALUES ('COMMUNICATION_SKILLS', 'Communication skills', 20);
INSERT INTO concern_category (code, label, sort_order) VALUES ('E_PORTFOLIO', 'Confidence with the training e-portfolio', 30);
INSERT INTO concern_category (code, label, sort_order) VALUES ('SUPERVISOR_ACCESS', 'Difficulty reaching or approaching the educational supervisor', 40);
INSERT INTO concern_category (code, label, sort_order) VALUES ('LIFE_IN_UK', 'Adapting to life in the UK', 50);
INSERT INTO concern_category (code, label, sort_order) VALUES ('DISCRIMINATION_BULLYING', 'Discrimination, bullying or harassment', 60);
INSERT INTO concern_category (code, label, sort_order) VALUES ('EDUCATIONAL_BARRIERS', 'Barriers to teaching and learning', 70);
INSERT INTO concern_category (code, label, sort_order) VALUES ('WORKLOAD', 'Workload and rota pressure', 80);
INSERT INTO concern_category (code, label, sort_order) VALUES ('WELLBEING_BURNOUT', 'Wellbeing and burnout', 90);
