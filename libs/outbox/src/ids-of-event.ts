/**
 * The ids of the records an event is about: the list under `listKey` in its payload (one event for
 * many records written in one transaction), or else its one aggregate (events written one per
 * record, such as a redelivery).
 */
export function idsOfEvent(event: { aggregateId: string; payload: Record<string, unknown> }, listKey: string): string[] {
  const list = event.payload[listKey];
  return Array.isArray(list) && list.length > 0 && list.every((id) => typeof id === 'string') ? (list as string[]) : [event.aggregateId];
}
