import { resourceServerSubject } from './resolve-resource-server';
import { ResourceServerOptions } from './resource-server-options';
import { RESOURCE_SERVER_RULES } from '../private/validation/catalogue';
import { RuleSeverity } from '../private/validation/rule';
import { ViolationCollector } from '../private/validation/violation-collector';

/** Checks one resource server of the pool's props; `takenIdentifiers` are the pool's other servers. */
export function checkResourceServer(
  path: string, collector: ViolationCollector, options: ResourceServerOptions, prefix: string, takenIdentifiers: string[],
): void {
  collector.check(path, RESOURCE_SERVER_RULES, resourceServerSubject(options), prefix);
  if (takenIdentifiers.includes(options.identifier)) {
    collector.report('CE-RESOURCE-SERVER', RuleSeverity.ERROR,
      `[CE-RESOURCE-SERVER] ${path}: ${prefix}identifier is "${options.identifier}" — another resource server of the pool has the same identifier; identifiers are unique within a pool`);
  }
}
