/** Placeholder: replaced by the Action Month web work of issue #5. */
export function AmPlanPage() {
  return null;
}
