import { RefusedChange, RenderedProperties } from './refused-update';
import { show, stringSet } from './rendered-values';

/** Compares a list of sign-in attributes as a set: Cognito keeps no order for them. */
export function changedAttributeList(property: string, before: RenderedProperties, after: RenderedProperties): RefusedChange[] {
  const old = stringSet(before[property]);
  const next = stringSet(after[property]);
  if (old === undefined || next === undefined || JSON.stringify(old) === JSON.stringify(next)) {
    return [];
  }
  return [{ property, detail: `${show(old)} → ${show(next)}` }];
}
