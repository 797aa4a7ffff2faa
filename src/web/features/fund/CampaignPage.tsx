/** Placeholder: replaced by the fund web work of issue #5. */
export function CampaignPage() {
  return null;
}
