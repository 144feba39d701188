// Placeholder while the screen is being built.
export function RatingPage() {
  return <p className="page">RatingPage</p>;
}
