// Program and organisation slugs: the database's own check (migration value_checks), in one place
// for the editors' forms and for every address that names a record by its slug.
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugMaxLength = 100;

/**
 * Whether an address's slug may name a record. Anything else names none: checked before a query,
 * so a NUL (which PostgreSQL refuses in text) answers "not found" rather than a database error.
 */
export const isSlug = (value: string) => value.length <= slugMaxLength && slugPattern.test(value);
