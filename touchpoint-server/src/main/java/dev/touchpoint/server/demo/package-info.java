/**
 * The demo business: a car dealership group (汽车销售服务集团) with three 4S stores, an accessories
 * shop, a fleet-sales team selling to companies and a service centre. Loaded with
 * {@code --touchpoint.demo=true} into an empty database, deterministically for a given seed, through
 * the other modules' public APIs only.
 */
package dev.touchpoint.server.demo;
