@NullMarked
package org.galen.opensearch;

import org.jspecify.annotations.NullMarked;
