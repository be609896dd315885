import type { Attribute, AttributeGroup } from '@journeykit/compare'
import { useFormat, type Formatter } from '@journeykit/ui'

export interface ProductDetailsProps {
  description: string
  /** The category's attribute groups: labels, kinds and units of the values. */
  attributeGroups: AttributeGroup[]
  /** Attribute id → value; missing or null values are left out. */
  attributes: Record<string, string | number | boolean | null>
}

function formatValue(attribute: Attribute, value: string | number | boolean, format: Formatter): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string') return value
  if (!attribute.unit) return format.number(value)
  try {
    return format.number(value, { style: 'unit', unit: attribute.unit, unitDisplay: 'short' })
  } catch {
    // Not an Intl unit ('mAh'): the label after the number.
    return `${format.number(value)} ${attribute.unit}`
  }
}

/** The product's description and its specifications, grouped as the category defines them. */
export function ProductDetails({ description, attributeGroups, attributes }: ProductDetailsProps) {
  const format = useFormat()
  const groups = attributeGroups
    .map((group) => ({
      group,
      rows: group.attributes.flatMap((attribute) => {
        const value = attributes[attribute.id]
        return value === null || value === undefined ? [] : [{ attribute, text: formatValue(attribute, value, format) }]
      }),
    }))
    .filter(({ rows }) => rows.length > 0)

  return (
    <section className="pdp-details" aria-labelledby="details-title">
      <h2 id="details-title">About this product</h2>
      <div className="pdp-details-layout">
        <div className="pdp-description">
          {description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        {groups.length > 0 && (
          <div className="pdp-specs">
            {groups.map(({ group, rows }) => (
              <div key={group.id} className="pdp-spec-group">
                <h3>{group.label}</h3>
                <dl>
                  {rows.map(({ attribute, text }) => (
                    <div key={attribute.id}>
                      <dt>{attribute.label}</dt>
                      <dd>{text}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  )
}
