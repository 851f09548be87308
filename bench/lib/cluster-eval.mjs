// Placeholder removed when clustering lands.
export async function clusterSection() {
  return '';
}
