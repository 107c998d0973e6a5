/** Who may see an offer, as the co-location lists and the distance search ask it (kept beside the changes). */
export { canSeeOffer, offerResource, onlyVisibleOffers, today } from '../changes/colocation-reads';
