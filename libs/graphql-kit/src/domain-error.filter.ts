import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@yntymak/errors';

/**
 * Domain errors are answers, not failures: hand them to the GraphQL error formatter untouched
 * instead of letting Nest log each one as an unexpected exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, _host: ArgumentsHost): DomainError {
    return exception;
  }
}
