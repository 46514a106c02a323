package com.algotrading.common.service.web;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

import java.util.List;

/**
 * An {@code Accept} header that does not parse (a typo such as {@code Accept: json}) counts as no header: any media
 * type will do. Spring's own strategy refuses it, and then cannot write even the problem detail saying so (the
 * caller got an empty 406); an unparseable preference is no preference (RFC 9110 lets a server disregard it).
 */
final class LenientAcceptHeader extends HeaderContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        try {
            return super.resolveMediaTypes(request);
        } catch (HttpMediaTypeNotAcceptableException unparseable) {
            return MEDIA_TYPE_ALL_LIST;
        }
    }
}
