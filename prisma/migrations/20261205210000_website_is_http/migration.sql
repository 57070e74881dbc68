-- A program's or organisation's website is shown to readers as a link: like a source's URL, it
-- must be http(s), so that no writer (form, seed, script or psql) can store a javascript: or data: link.
ALTER TABLE "program" ADD CONSTRAINT "program_website_is_http"
  CHECK ("website" IS NULL OR "website" ~ '^https?://');
ALTER TABLE "organization" ADD CONSTRAINT "organization_website_is_http"
  CHECK ("website" IS NULL OR "website" ~ '^https?://');
