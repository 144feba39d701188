// Placeholder while the screen is being built.
export function DossierListPage() {
  return <p className="page">DossierListPage</p>;
}
