package dev.touchpoint.server.sales;

/**
 * Lead intent after the first contact (seed 001): 很有希望 A settled on a model, 有希望 B budget and a
 * clear need with high interest, 一般 C need with average interest, 无意向 D refused.
 */
public enum IntentClass {
    A,
    B,
    C,
    D
}
