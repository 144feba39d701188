// Placeholder while the screen is being built.
export function PrintPage() {
  return <p className="page">PrintPage</p>;
}
