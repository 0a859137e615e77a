// Thrown while compiling a field the compiler cannot answer in SQL: the field then runs on the
// ordinary plugin-prisma path (only fields on the explicit list in resolved-fields.ts may).
export class Unsupported extends Error {}
