package com.algotrading.data.bars;

import com.algotrading.data.candlestore.PublishedBar;

/** Told of each live bar after it is stored, in {@code seq} order, from one thread. */
public interface PublishedBarListener {

    void published(PublishedBar bar);
}
