import { EventHandler, buildDispatchTable } from './event-handler';
import { EventType } from './event-type';

const handler = (name: string, events: EventType[]): EventHandler => ({ name, events, handle: async () => 'done' });

describe('buildDispatchTable', () => {
  it('maps each event type to the handlers that claim it', () => {
    const a = handler('a', [EventType.ApiKeyRevoked]);
    const b = handler('b', [EventType.ApiKeyRevoked, EventType.OrganisationCreated]);
    const rest = handler('rest', Object.values(EventType).filter((t) => t !== EventType.ApiKeyRevoked && t !== EventType.OrganisationCreated));
    const table = buildDispatchTable([a, b, rest]);
    expect(table.get(EventType.ApiKeyRevoked)).toEqual([a, b]);
    expect(table.get(EventType.OrganisationCreated)).toEqual([b]);
  });

  it('fails start-up when an event type has no handler', () => {
    expect(() => buildDispatchTable([])).toThrow(/No handler for event type\(s\): .*api_key\.revoked/);
  });

  it('fails start-up when two handlers share a name', () => {
    expect(() => buildDispatchTable([handler('same', [EventType.ApiKeyRevoked]), handler('same', [EventType.ApiKeyCreated])])).toThrow(/Two event handlers are named same/);
  });
});
