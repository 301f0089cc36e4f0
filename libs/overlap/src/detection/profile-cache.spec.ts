import { ProjectRecord } from '@yntymak/projects';
import { ProfileCache, ProfiledProject } from './load-profiles';

const entry = (id: string, version: number): ProfiledProject => ({ record: { id, version } as ProjectRecord, profile: { id } as ProfiledProject['profile'] });

describe('ProfileCache', () => {
  it('answers only for the version it holds: an updated project is read again', () => {
    const cache = new ProfileCache();
    cache.put(entry('p1', 3));
    expect(cache.get('p1', 3)?.record.version).toBe(3);
    expect(cache.get('p1', 4)).toBeUndefined();
    cache.put(entry('p1', 4));
    expect(cache.get('p1', 3)).toBeUndefined();
    expect(cache.get('p1', 4)?.record.version).toBe(4);
  });

  it('drops the least recently used project when full', () => {
    const cache = new ProfileCache(2);
    cache.put(entry('a', 1));
    cache.put(entry('b', 1));
    cache.get('a', 1);
    cache.put(entry('c', 1));
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });
});
