import { DynamicModule, INestApplication, Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';

/**
 * The floor the gateway is compared with: NestJS + Apollo code-first on the same Express platform,
 * one query shaped like the gateway's `me`, answering a constant. No guard, no middleware, no
 * plugins, no database.
 */

export interface BareMeValue {
  role: string;
  apiKeyId: string;
  organisation: { id: string; name: string; kind: string };
}

const BARE_ME = Symbol('BARE_ME');

@ObjectType('Organisation')
class BareOrganisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() kind: string;
}

@ObjectType('Me')
class BareMe {
  @Field(() => BareOrganisation) organisation: BareOrganisation;
  @Field(() => ID) apiKeyId: string;
  @Field() role: string;
}

@Resolver()
class BareMeResolver {
  constructor(@Inject(BARE_ME) private readonly value: BareMeValue) {}

  @Query(() => BareMe)
  me(): BareMeValue {
    return this.value;
  }
}

@Module({})
export class BareGraphqlModule {
  static register(value: BareMeValue): DynamicModule {
    return {
      module: BareGraphqlModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          playground: false,
        }),
      ],
      providers: [{ provide: BARE_ME, useValue: value }, BareMeResolver],
    };
  }
}

/** Builds the bare app (not listening), with Nest's own logger off. */
export async function createBareGraphqlApp(value: BareMeValue): Promise<INestApplication> {
  return NestFactory.create<NestExpressApplication>(BareGraphqlModule.register(value), { logger: false, abortOnError: false });
}
