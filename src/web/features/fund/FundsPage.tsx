/** Placeholder: replaced by the fund web work of issue #5. */
export function FundsPage() {
  return null;
}
