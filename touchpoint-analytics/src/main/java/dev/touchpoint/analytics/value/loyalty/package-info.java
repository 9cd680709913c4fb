/**
 * The loyalty index (忠诚度, DOMAIN §6, seed 002) from six indicators — repeat purchases, price
 * sensitivity, attitude to competitors, tolerance of incidents, share of wallet and likelihood to
 * recommend — with configurable weights, explicit handling of indicators the data does not hold,
 * and the loyalty type (continuous, intermittent, changing, dispersed).
 */
package dev.touchpoint.analytics.value.loyalty;
