package jp.mamis.domain.association;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Tier} as its level (1–4), which is what the schema's check constraint expects. */
@Converter(autoApply = true)
public class TierConverter implements AttributeConverter<Tier, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Tier tier) {
        return tier == null ? null : tier.level();
    }

    @Override
    public Tier convertToEntityAttribute(Integer level) {
        return level == null ? null : Tier.ofLevel(level);
    }
}
