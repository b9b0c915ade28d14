import type { ArticleMeta } from '../../src/article/article.js';
import { DEFAULT_SECOND_CHECK_FOR, DEFAULT_STATUSES, type StatusId, type StatusSet } from '../../src/claims/status.js';
import type { Settings } from '../../src/store/index.js';
import { DEFAULT_RULES, showStatusSet, type DeskRules } from '../statuses.js';

/**
 * The newsroom's rules, kept per browser in the settings (a newsroom works
 * in its own browsers): its own status set and which statuses need a
 * second check (Publishing settings). An article that came with a set of
 * its own, from a file, keeps it on its metadata, so its claims keep their
 * meaning; any other article follows the newsroom's set.
 */
export class DeskSettings {
  /** The newsroom's own statuses, or null for the built-ins. */
  newsroom: StatusSet | null = null;
  /** The statuses whose claims need a second checker ("Second check required for"). */
  secondCheckFor: readonly StatusId[] = DEFAULT_SECOND_CHECK_FOR;
  private rules: DeskRules = DEFAULT_RULES;

  constructor(private readonly settings: () => Settings | null) {}

  /** Reads the newsroom's rules. A stored value this version cannot read leaves the default in place, as a first run would. */
  async load(): Promise<void> {
    const [statuses, secondCheckFor] = await Promise.all([this.settings()!.get('statuses'), this.settings()!.get('secondCheckFor')]);
    if (statuses) {
      // The checker loads only for a newsroom that has a set of its own.
      const { makeStatusSet } = await import('../../src/claims/status-set.js');
      this.newsroom = parsed(statuses, (value) => makeStatusSet(value as never)) ?? null;
    }
    const ids = secondCheckFor ? parsed(secondCheckFor, (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as StatusId[]) : undefined)) : undefined;
    if (ids) this.secondCheckFor = ids;
  }

  /**
   * The rules the open article (`article`) is checked by: its own
   * statuses, else the newsroom's. The same object while they do not
   * change, so the elements given it render again only when they must;
   * the shared status stylesheet follows the set.
   */
  rulesFor(article: ArticleMeta | null): DeskRules {
    const { statuses, secondCheckFor } = this.rulesOf(article);
    if (statuses !== this.rules.statuses || secondCheckFor !== this.rules.secondCheckFor) this.rules = { statuses, secondCheckFor, ownStatuses: !!article?.statuses };
    showStatusSet(statuses);
    return this.rules;
  }

  /** The rules of any article (one being imported, say), made afresh. */
  rulesOf(article: ArticleMeta | null): DeskRules {
    return { statuses: article?.statuses ?? this.newsroom ?? DEFAULT_STATUSES, secondCheckFor: this.secondCheckFor };
  }

  /** Keeps `set` as the newsroom's statuses (null: the built-ins). */
  async saveStatuses(set: StatusSet | null): Promise<void> {
    this.newsroom = set;
    await this.settings()!.set('statuses', set ? JSON.stringify(set) : '');
  }

  /** Keeps which statuses need a second check. */
  async saveSecondCheckFor(ids: readonly StatusId[]): Promise<void> {
    this.secondCheckFor = Object.freeze([...ids]);
    await this.settings()!.set('secondCheckFor', JSON.stringify(ids));
  }
}

/** `read` of the JSON in `text`, or undefined when it is not JSON or `read` refuses it. */
function parsed<T>(text: string, read: (value: unknown) => T | undefined): T | undefined {
  try {
    return read(JSON.parse(text));
  } catch {
    return undefined;
  }
}
