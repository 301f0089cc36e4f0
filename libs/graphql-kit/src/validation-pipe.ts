import { Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BadInputError, FieldProblem } from '@yntymak/errors';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: humanise(message, error.property, field) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator writes "name must be ..."; the client wants the full path of the field. */
function humanise(message: string, property: string, field: string): string {
  return message.startsWith(property) ? field + message.slice(property.length) : message;
}

/**
 * Validates every input and argument; the first problem names the field, all problems are listed.
 * No whitelist here: GraphQL refuses any field outside the schema before this runs, and that every
 * schema field carries a rule is checked once by test/contract/input-validation.spec.ts rather
 * than on every request (it was 7 % of a createProject's gateway CPU). Input from elsewhere (a CSV
 * row) goes through validateInput, which keeps the whitelist.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const first = problems[0] ?? { field: 'input', message: 'Invalid input' };
      return new BadInputError(first.field, first.message, 'INVALID_VALUE', problems);
    },
  });
}

/** The same validation as the GraphQL edge, for input that arrives another way (a CSV row). */
export async function validateInput<T extends object>(type: Type<T>, plain: unknown): Promise<{ value: T; problems: FieldProblem[] }> {
  const value = plainToInstance(type, plain);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  return { value, problems: flatten(errors) };
}
