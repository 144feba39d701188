// Placeholder while the screen is being built.
export function DossierPage() {
  return <p className="page">DossierPage</p>;
}
