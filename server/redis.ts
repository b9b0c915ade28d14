// Several server processes serving the same documents: each publishes its
// documents' changes on Redis and applies the others'.
import { Redis } from '@hocuspocus/extension-redis';
import RedisClient, { type RedisOptions } from 'ioredis';

/**
 * The Redis extension, minus its store lock. That lock makes a process skip
 * its write (and unload the document) while another process holds it, on
 * the promise that the other process has the data; but a change that
 * reached the other process through Redis is never stored there (Hocuspocus
 * stores only changes from its own clients), so a skipped write could lose
 * it. Our store merges under a row lock instead (storage/documents.ts), so
 * every process can always write.
 */
class SharedStoreRedis extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

function client(url: string, options: RedisOptions = {}): RedisClient {
  const redis = new RedisClient(url, options);
  // Without a listener ioredis reports every reconnect attempt as an
  // unhandled error; one line each is enough.
  redis.on('error', (err: Error) => console.error(`Redis: ${err.message}`));
  return redis;
}

/** The URL without its password, for messages. */
const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** Checks that Redis answers at `url`; throws a message naming it otherwise. */
export async function checkRedis(url: string): Promise<void> {
  const probe = new RedisClient(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new Error(`Cannot connect to Redis at ${redact(url)}: ${(err as Error).message}`, { cause: err });
  } finally {
    probe.disconnect();
  }
}

/** The Hocuspocus extension that joins this process to the others on `url`. */
export function redisExtension(url: string): Redis {
  return new SharedStoreRedis({ createClient: () => client(url) });
}

export { redact as redactRedisUrl };
