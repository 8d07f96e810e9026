import { IConstruct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { ENTERPRISE_USER_POOL_SHAPE } from './input-shapes';
import { checkClient, checkGroup, PoolPlan, planPool } from './plan-pool';
import { PoolGroupOptions } from './pool-group-options';
import { checkInputShape } from '../private/validation/input-shape';
import { ViolationCollector } from '../private/validation/violation-collector';

/** A pool checked and planned before its construction, with the warnings and infos its rules left. */
export interface PlannedPool {
  /** The path of the EnterpriseUserPool the plan is for. */
  readonly path: string;
  readonly plan: PoolPlan;
  /** Holds no error, only the notices the pool records on itself. */
  readonly validation: ViolationCollector;
}

/** A client or group a scenario adds to its pool after construction, with its place in the scenario's props. */
export interface LaterEntry<Options> {
  readonly options: Options;
  readonly prefix: string;
}

// Keyed by the props object a scenario construct hands to EnterpriseUserPool: the pool builds from
// the plan instead of checking the same props a second time.
const PLANNED = new WeakMap<EnterpriseUserPoolProps, PlannedPool>();

/**
 * Checks and plans a pool exactly as EnterpriseUserPool would at `path`; undefined when anything
 * is wrong, so that the caller reports it in its own words.
 */
export function planPoolAhead(scope: IConstruct, path: string, props: EnterpriseUserPoolProps): PlannedPool | undefined {
  const validation = new ViolationCollector();
  try {
    checkInputShape(validation, path, props, ENTERPRISE_USER_POOL_SHAPE);
    const plan = planPool(scope, path, props, validation);
    return validation.hasErrors ? undefined : { path, plan, validation };
  } catch {
    return undefined;
  }
}

/**
 * Whether clients and groups added after construction pass every rule next to the planned pool's
 * own: the same checks a plan of the pool with them included runs.
 */
export function laterEntriesPass(
  planned: PlannedPool, clients: ReadonlyArray<LaterEntry<EnterpriseAppClientOptions>>, groups: ReadonlyArray<LaterEntry<PoolGroupOptions>> = [],
): boolean {
  const { path, plan } = planned;
  const collector = new ViolationCollector();
  try {
    const clientNames = [...plan.clients, ...plan.machineClients].map(({ name }) => name);
    for (const { options, prefix } of clients) {
      clientNames.push(checkClient(path, collector, options, plan.clientContext, prefix, clientNames).name);
    }
    const groupNames = (plan.props.groups ?? []).map(({ name }) => name);
    for (const { options, prefix } of groups) {
      checkGroup(path, collector, options, prefix, groupNames);
      groupNames.push(options.name);
    }
  } catch {
    return false;
  }
  return !collector.hasErrors;
}

/**
 * Leaves a plan for the EnterpriseUserPool about to be built from `props`. The scenario construct
 * tags everything under it with `props.tags`, the pool included, so the pool does not tag itself.
 */
export function handOverPlan(props: EnterpriseUserPoolProps, planned: PlannedPool): void {
  PLANNED.set(props, planned);
}

/** The plan left for these props at this path, taken once. */
export function takePlan(props: EnterpriseUserPoolProps, path: string): PlannedPool | undefined {
  const planned = PLANNED.get(props);
  PLANNED.delete(props);
  return planned?.path === path ? planned : undefined;
}
