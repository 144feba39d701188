// Placeholder while the screen is being built.
export function ReceivePage() {
  return <p className="page">ReceivePage</p>;
}
