/** Placeholder: replaced by the fund web work of issue #5. */
export function FundPage() {
  return null;
}
