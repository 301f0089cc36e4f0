import { Args, ArgsType, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { TenantDb } from '@yntymak/database';
import { loadDigest } from './load-digest';
import { renderDigestHtml, renderDigestText } from './render-digest';

@ArgsType()
class DigestArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, a day in Asia/Bishkek; default today.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be YYYY-MM-DD' })
  day?: string;
}

@ObjectType('AlertDigest')
class AlertDigestType {
  @Field() day: string;
  @Field() text: string;
  @Field() html: string;
  @Field(() => Int) newOverlaps: number;
  @Field(() => Int) changedOverlaps: number;
  @Field(() => Int) decisions: number;
  @Field(() => Int) openOverlaps: number;
  @Field(() => Int) unreadAlerts: number;
}

@Resolver(() => AlertDigestType)
export class DigestResolver {
  constructor(private readonly db: TenantDb) {}

  @Query(() => AlertDigestType, { description: "Your organisation's digest of a day: new and changed overlaps, decisions, what is open." })
  alertDigest(@Args() args: DigestArgs): Promise<AlertDigestType> {
    const day = args.day ?? new Date(Date.now() + 6 * 3600_000).toISOString().slice(0, 10);
    return this.db.run(async (tx) => {
      const content = await loadDigest((sql, params) => tx.rows(sql, params), tx.principal.organisationId, day);
      return {
        day,
        text: renderDigestText(content),
        html: renderDigestHtml(content),
        newOverlaps: content.newOverlaps.length,
        changedOverlaps: content.changedOverlaps,
        decisions: content.decisions.length,
        openOverlaps: content.openOverlaps,
        unreadAlerts: content.unreadAlerts,
      };
    });
  }
}
