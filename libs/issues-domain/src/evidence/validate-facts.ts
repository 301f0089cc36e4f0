import { Fact, FactProblem } from './fact';
import { validateFact } from './validate-fact';

/**
 * Problems of an issue's evidence, each naming its field (`evidence[1].unit`), plus one check
 * across facts: vulnerable households cannot outnumber households of the same date.
 */
export function validateFacts(facts: readonly Fact[], now: Date, path = 'evidence'): FactProblem[] {
  const problems = facts.flatMap((fact, index) => validateFact(fact, now, `${path}[${index}]`));
  facts.forEach((fact, index) => {
    if (fact.indicator !== 'VULNERABLE_HOUSEHOLDS') return;
    const households = facts.find((other) => other.indicator === 'HOUSEHOLDS' && other.date === fact.date);
    if (households && fact.value > households.value) {
      problems.push({ field: `${path}[${index}].value`, code: 'INCONSISTENT', message: `${fact.value} vulnerable households is more than the ${households.value} households of ${fact.date}.` });
    }
  });
  return problems;
}
