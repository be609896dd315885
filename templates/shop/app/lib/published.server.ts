/**
 * The condition every query of what shoppers see puts on a `products` row (listings, the product page, search,
 * recommendations, the sitemap, adding to the cart): a draft (`published = false`, migration 017) is only seen in
 * the back office. `alias` is the query's name for the products table.
 */
export const publishedProduct = (alias: string) => `${alias}.published`
