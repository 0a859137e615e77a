// Typed results for expected mutation failures. Every error names the input field at fault and
// carries the same `code` a top-level error would.
import { InputValidationError, type StandardSchemaV1 } from '@pothos/plugin-validation';
import { ErrorCode, InvalidInputError, NotFoundError } from '../errors/errors.ts';
import { builder } from './builder.ts';

const pathOf = (issue: StandardSchemaV1.Issue) =>
  issue.path?.map((part) => String(typeof part === 'object' ? part.key : part)) ?? [];

const UserError = builder.interfaceRef<Error>('UserError').implement({
  description: 'An expected failure: the input was refused and nothing was changed.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.string({ resolve: (error) => (error as { code?: string }).code ?? ErrorCode.BAD_USER_INPUT }),
  }),
});

const InputValidationIssue = builder.objectRef<StandardSchemaV1.Issue>('InputValidationIssue').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    field: t.string({ description: 'The input field, dotted: "input.text".', resolve: (issue) => pathOf(issue).join('.') }),
    path: t.stringList({ resolve: pathOf }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'InputValidationError',
  interfaces: [UserError],
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({
    field: t.string({
      description: 'The first field at fault.',
      resolve: (error) => (error.issues[0] ? pathOf(error.issues[0]).join('.') : ''),
    }),
    issues: t.field({ type: [InputValidationIssue], resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [UserError],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    field: t.exposeString('field'),
    id: t.exposeID('id'),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  interfaces: [UserError],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({
    field: t.exposeString('field'),
  }),
});

export { InputValidationError, InvalidInputError, NotFoundError };
