/** "2 of 3" as dots: filled for each unanswered ask in this round. */
export function StrikeDots({ strikes, limit }: { strikes: number; limit: number }) {
  const total = Math.max(limit, strikes);
  return (
    <span className="strikes" role="img" aria-label={`${strikes} of ${limit} asks`} title={`${strikes} of ${limit} asks`}>
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={`dot${i < strikes ? ' filled' : ''}`} />
      ))}
      <span className="strikes-text">
        {strikes} of {limit}
      </span>
    </span>
  );
}
