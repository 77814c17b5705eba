-- Sign-ins bound to the right person (issue 11): the single sign-on subject (Keycloak's "sub") of the account that
-- first signed in with a verified email address, and that address. From then on the address signs in only from
-- that account, and the account only as that address; the link follows the address when the deanery changes it.
CREATE TABLE sign_in_link (
    subject VARCHAR(255) NOT NULL,
    email VARCHAR(254) NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_sign_in_link PRIMARY KEY (subject),
    CONSTRAINT uk_sign_in_link_email UNIQUE (email)
);
