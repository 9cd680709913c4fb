-- sales: a lead's normalised phone follows the same rule as a customer's (PhoneNumbers.normalise in Java,
-- customer.phone_norm of V2_2): digits only; a +86 or 0086 country prefix is dropped whatever follows it,
-- a bare 86 only before an 11-digit mobile number
DROP INDEX IF EXISTS sales_lead_phone_norm_idx;
ALTER TABLE sales_lead DROP COLUMN phone_norm;
ALTER TABLE sales_lead ADD COLUMN phone_norm text GENERATED ALWAYS AS (
    CASE
        WHEN phone IS NULL OR regexp_replace(phone, '[^0-9]', '', 'g') = '' THEN NULL
        WHEN phone ~ '^\s*\+\s*86' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') LIKE '0086%' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 5)
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^861[0-9]{10}$' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
        ELSE regexp_replace(phone, '[^0-9]', '', 'g')
    END) STORED;
CREATE INDEX sales_lead_phone_norm_idx ON sales_lead (phone_norm, status);
