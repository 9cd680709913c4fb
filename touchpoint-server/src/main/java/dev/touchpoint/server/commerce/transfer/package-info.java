/**
 * CSV/XLSX import pages and API of products and orders, and the exports of products, orders and
 * receivables; header spellings in English and Chinese. Template in {@code
 * templates/commerce/transfer}.
 */
package dev.touchpoint.server.commerce.transfer;
