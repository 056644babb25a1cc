/** MedQuAD consumer-health question/answer XML, and the focus synonyms it carries. */
@NullMarked
package org.galen.ingest.medquad;

import org.jspecify.annotations.NullMarked;
