#!/usr/bin/env python3
"""Builds the independent 'frame' evaluation set for Galen.

Written by an independent helper that never read the library summaries' text
nor the engine's code; only /tmp/library-topics.txt (ids, titles, topic names).
Run:  python3 build_items.py   -> writes dev.jsonl and test.jsonl (stratified 50/50 split
by kind, fixed seed), then run validate.py.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = []

# ---------------------------------------------------------------- reusable regex groups
PEN = [r"\bamoxicillin\b", r"penicillin V", r"phenoxymethylpenicillin", r"co-?amoxiclav",
       r"amoxicillin[- /]clavulan", r"augmentin", r"\bampicillin", r"flucloxacillin", r"dicloxacillin"]
CEPH = [r"cefalexin", r"cephalexin", r"cefadroxil", r"cefuroxime", r"cefdinir", r"cefpodoxime", r"cefazolin"]
NSAID_ORAL = [r"\bibuprofen", r"\bnaproxen", r"indometh?acin", r"\bdiclofenac", r"celecoxib", r"etoricoxib"]
DOAC_NAMES = [r"rivaroxaban", r"apixaban", r"dabigatran", r"edoxaban"]
ACEI_ARB = [r"\bACE[- ]?inhibitor", r"\bACEi\b", r"\bramipril", r"\blisinopril", r"\benalapril", r"\bperindopril",
            r"\bARBs?\b", r"angiotensin[- ]receptor blocker", r"\blosartan", r"\bcandesartan", r"\bvalsartan",
            r"\birbesartan", r"\btelmisartan"]
ACE_ARB_MUST = [r"\bACE[- ]?inhibitor", r"\bACEi?s?\b", r"\bARBs?\b", r"angiotensin", r"ramipril", r"lisinopril",
                r"enalapril", r"perindopril", r"losartan", r"irbesartan", r"candesartan", r"valsartan", r"telmisartan"]
SGLT2 = [r"SGLT-?2", r"gliflozin", r"dapagliflozin", r"empagliflozin", r"canagliflozin", r"Farxiga", r"Forxiga",
         r"Jardiance"]
CHILD_NOT = [r"\baspirin\b"]
# "Stop X" phrased as advice, but not "do not stop X" / "don't stop X"
def stop_advice(obj):
    return r"(?<!not )(?<!n't )(?<!never )\bstop(ping)? (taking )?(your |the |her |his )?" + obj


def add(id, question, topic, ask, must, must_not=(), patient=None, note="", audience="clinician",
        previous=(), kind=None):
    ITEMS.append({
        "id": id,
        "question": question,
        "previous": list(previous),
        "audience": audience,
        "expect": "answered",
        "topic": "summary:" + topic,
        "ask": ask,
        "patient": patient or {},
        "must": [list(g) for g in must],
        "must_not": list(must_not),
        "note": note,
        "_kind": kind or id.rsplit("-", 1)[0],
    })


def abstain(id, question, ask, note, audience="clinician", previous=(), patient=None, must_not=()):
    ITEMS.append({
        "id": id,
        "question": question,
        "previous": list(previous),
        "audience": audience,
        "expect": "insufficient_evidence",
        "topic": None,
        "ask": ask,
        "patient": patient or {},
        "must": [],
        "must_not": list(must_not),
        "note": note,
        "_kind": id.rsplit("-", 1)[0],
    })


# ====================================================================================
# 1. NEIGHBOUR TOPICS -> must abstain (share a word / organ / region, different disease)
# ====================================================================================
abstain("neigh-01", "What is the first-line treatment for portal hypertension with oesophageal varices?", "treatment",
        "Portal hypertension shares 'hypertension' but is not systemic hypertension.",
        must_not=[r"amlodipine", r"\bthiazide", r"indapamide"])
abstain("neigh-02", "Which drugs are used for pulmonary arterial hypertension (WHO group 1)?", "drug_choice",
        "Pulmonary arterial hypertension is not the library's (systemic) hypertension.",
        must_not=[r"amlodipine", r"indapamide", r"\bramipril"])
abstain("neigh-03", "and what about pulmonary hypertension, how is that treated?", "treatment",
        "Follow-up switching from systemic hypertension to pulmonary hypertension; must not reuse the hypertension summary.",
        audience="patient", previous=["how is high blood pressure treated?"],
        must_not=[r"\bramipril", r"\blisinopril", r"amlodipine", r"indapamide"])
abstain("neigh-04", "How is pre-eclampsia managed, and what dose of magnesium sulfate is used for seizure prophylaxis?",
        "treatment", "Pre-eclampsia is a pregnancy-specific disorder, not adult essential hypertension.",
        patient={"sex": "female", "pregnant": True}, must_not=[r"\bramipril", r"\blisinopril"])
abstain("neigh-05", "Idiopathic intracranial hypertension: is acetazolamide the first-line treatment?", "drug_choice",
        "IIH shares 'hypertension' (and headache) but is a different disease.")
abstain("neigh-06", "I've been diagnosed with gestational diabetes at 28 weeks. What treatment will I need?", "treatment",
        "Gestational diabetes is not type 2 diabetes.", audience="patient",
        patient={"sex": "female", "pregnant": True, "trimester": 3},
        must_not=[r"SGLT-?2", r"gliflozin", r"semaglutide", r"sulfonylurea|sulphonylurea"])
abstain("neigh-07", "How should I calculate basal-bolus insulin doses for a newly diagnosed type 1 diabetic?", "dose",
        "Type 1 diabetes is not type 2 diabetes.", must_not=[r"metformin", r"SGLT-?2"])
abstain("neigh-08", "what about type 1 diabetes, is that treated the same way?", "treatment",
        "Follow-up from type 2 to type 1 diabetes: abstain rather than reuse the T2D summary.", audience="patient",
        previous=["How is type 2 diabetes treated?"], must_not=[r"metformin", r"SGLT-?2", r"gliflozin"])
abstain("neigh-09", "Patient with cranial diabetes insipidus: what is the desmopressin dose?", "dose",
        "Diabetes insipidus shares 'diabetes' only.", must_not=[r"metformin"])
abstain("neigh-10", "What is the treatment for transthyretin cardiac amyloidosis? Is tafamidis indicated?", "treatment",
        "Cardiac amyloidosis is not HFrEF.", must_not=[r"sacubitril", r"Entresto"])
abstain("neigh-11", "What drugs improve outcomes in heart failure with preserved ejection fraction (LVEF 60%)?", "drug_choice",
        "HFpEF is not HFrEF; the library only has HFrEF.", must_not=[r"sacubitril", r"Entresto"])
abstain("neigh-12", "I have a red scaly ring on my arm, the doctor said it's ringworm. What cream should I use?", "treatment",
        "Tinea corporis (ringworm) is not psoriasis despite scaly patches.", audience="patient",
        must_not=[r"calcipotriol", r"calcipotriene", r"Dovobet"])
abstain("neigh-13", "Which DMARD should be started first for newly diagnosed rheumatoid arthritis?", "drug_choice",
        "Rheumatoid arthritis is not osteoarthritis.")
abstain("neigh-14", "what about rheumatoid arthritis in my hands, how is that treated?", "treatment",
        "Follow-up switching from knee OA to rheumatoid arthritis.", audience="patient",
        previous=["how is arthritis in the knee treated?"])
abstain("neigh-15", "My ear canal is itchy and painful after swimming (swimmer's ear). What drops do I need?", "treatment",
        "Otitis externa is not otitis media.", audience="patient", must_not=[r"\bamoxicillin\b"])
abstain("neigh-16", "Empirical antibiotics for hospital-acquired pneumonia that developed 5 days after admission?", "drug_choice",
        "Hospital-acquired pneumonia is not community-acquired pneumonia.")
abstain("neigh-17", "What is the treatment of Pneumocystis jirovecii pneumonia in a patient with HIV?", "treatment",
        "PCP is not community-acquired pneumonia.", patient={"comorbidities": ["HIV"]},
        must_not=[r"\bamoxicillin\b", r"CURB-?65"])
abstain("neigh-18", "I've got seborrhoeic dermatitis on my scalp and eyebrows. What's the best treatment?", "treatment",
        "Seborrhoeic dermatitis is not atopic dermatitis (nor psoriasis).", audience="patient")
abstain("neigh-19", "Ménière's disease with recurrent vertigo attacks and tinnitus: what treatment works?", "treatment",
        "Ménière's disease is not BPPV.", must_not=[r"Epley"])
abstain("neigh-20", "Tingling in my ring and little finger, they say it's cubital tunnel syndrome. Do I need surgery?", "treatment",
        "Cubital tunnel (ulnar nerve) is not carpal tunnel (median nerve).", audience="patient")
abstain("neigh-21", "How do you treat golfer's elbow (medial epicondylitis)?", "treatment",
        "Medial epicondylitis is not lateral epicondylitis.")
abstain("neigh-22", "Acute CPPD (pseudogout) attack of the knee in an 80-year-old: how is it treated?", "treatment",
        "Pseudogout (calcium pyrophosphate) is not gout.", patient={"age": 80},
        must_not=[r"allopurinol", r"febuxostat"])
abstain("neigh-23", "I keep getting cold sores on my lip. Is there a tablet to stop them?", "prevention",
        "Herpes labialis (HSV) is not herpes zoster.", audience="patient")
abstain("neigh-24", "What's the first-line maintenance treatment for mild ulcerative colitis?", "treatment",
        "Ulcerative colitis is not IBS.", must_not=[r"FODMAP"])
abstain("neigh-25", "My thyroid is overactive (Graves' disease). What tablets will I be given?", "treatment",
        "Hyperthyroidism/Graves' is not hypothyroidism.", audience="patient",
        must_not=[r"levothyroxine"])
abstain("neigh-26", "Painful swollen thyroid after a viral illness (de Quervain's subacute thyroiditis): how is it managed?",
        "treatment", "Subacute thyroiditis is not primary hypothyroidism.")
abstain("neigh-27", "Pernicious anaemia: how often should hydroxocobalamin injections be given?", "dose",
        "B12-deficiency anaemia is not iron deficiency anaemia.", must_not=[r"ferrous"])
abstain("neigh-28", "My ferritin is very high and I have a haemochromatosis gene. What treatment do I need?", "treatment",
        "Iron overload (haemochromatosis) is the opposite of iron deficiency.", audience="patient",
        must_not=[r"ferrous", r"iron tablets?"])
abstain("neigh-29", "My husband snores and stops breathing at night (sleep apnoea). How is it treated?", "treatment",
        "Obstructive sleep apnoea is not insomnia.", audience="patient", must_not=[r"CBT-?I"])
abstain("neigh-30", "Cluster headache attacks: what acute treatment should be offered?", "treatment",
        "Cluster headache is neither migraine nor tension-type headache.")
abstain("neigh-31", "Management of Ludwig's angina?", "treatment",
        "Ludwig's angina (floor-of-mouth infection) shares 'angina' only.", must_not=[r"\bGTN\b", r"nitrate"])
abstain("neigh-32", "How is acute rheumatic fever treated and how long is secondary prophylaxis continued?", "treatment",
        "Rheumatic fever shares 'fever' (and is a strep sequel) but is a different disease.")
abstain("neigh-33", "Is the Hib (Haemophilus influenzae type b) vaccine given in pregnancy?", "safety",
        "Haemophilus influenzae is a bacterium, not influenza.", patient={"pregnant": True},
        must_not=[r"oseltamivir"])
abstain("neigh-34", "I'm pregnant and my swab showed group B strep. Will I need antibiotics in labour?", "treatment",
        "Group B streptococcus carriage in pregnancy is not group A strep pharyngitis.", audience="patient",
        patient={"sex": "female", "pregnant": True})
abstain("neigh-35", "Child with swollen red eyelid, painful eye movements and proptosis: orbital cellulitis management?",
        "treatment", "Orbital cellulitis is an emergency distinct from adult skin cellulitis.",
        patient={"age": 7})
abstain("neigh-36", "My daughter has brittle bone disease (osteogenesis imperfecta). What treatment is there?", "treatment",
        "Osteogenesis imperfecta is not osteoporosis despite the 'brittle bones' alias.", audience="patient",
        patient={"sex": "female", "age": 9}, must_not=[r"alendron"])
abstain("neigh-37", "My 12 year old has a painful bump below the kneecap (Osgood-Schlatter). What should we do?", "treatment",
        "Osgood-Schlatter is not knee osteoarthritis.", audience="patient", patient={"age": 12})
abstain("neigh-38", "Fever, loin pain and rigors in a 30-year-old woman: antibiotic for acute pyelonephritis?", "drug_choice",
        "Pyelonephritis is upper UTI, excluded from uncomplicated cystitis.", patient={"age": 30, "sex": "female"},
        must_not=[r"nitrofurantoin", r"fosfomycin"])
abstain("neigh-39", "How is acute kidney injury from dehydration managed?", "treatment",
        "AKI is not chronic kidney disease.", must_not=[r"finerenone", r"SGLT-?2"])
abstain("neigh-40", "What's the treatment for frozen shoulder (adhesive capsulitis)?", "treatment",
        "Frozen shoulder is not rotator cuff tendinopathy.")
abstain("neigh-41", "Young man with inflammatory back pain and sacroiliitis (ankylosing spondylitis): first-line drug?", "drug_choice",
        "Axial spondyloarthritis is not chronic non-specific low back pain.", patient={"sex": "male"})
abstain("neigh-42", "Which antiviral should a high-risk adult with COVID-19 get? Is Paxlovid recommended?", "drug_choice",
        "COVID-19 is not influenza.", must_not=[r"oseltamivir", r"baloxavir"])
abstain("neigh-43", "I have rosacea with red cheeks and flushing. What helps?", "treatment",
        "Rosacea is not acne vulgaris.", audience="patient", must_not=[r"isotretinoin", r"benzoyl peroxide"])
abstain("neigh-44", "4-year-old with 5 days of fever, red eyes, cracked lips and rash: is this Kawasaki disease and how is it treated?",
        "treatment", "Kawasaki disease is not fever without source.", patient={"age": 4})
abstain("neigh-45", "I've got a verruca (plantar wart) on my heel. How do I get rid of it?", "treatment",
        "Plantar wart shares 'plantar'/heel but is not plantar fasciitis.", audience="patient")
abstain("neigh-46", "Does an adult with an atrial septal defect need closure?", "next_step",
        "Atrial septal defect shares 'atrial' only.", must_not=DOAC_NAMES)
abstain("neigh-47", "Chronic rhinosinusitis with nasal polyps for over a year: what is the treatment?", "treatment",
        "Chronic rhinosinusitis with polyps is not acute rhinosinusitis.")
abstain("neigh-48", "Hereditary angioedema attack: which drug treats it? Does adrenaline work?", "treatment",
        "Hereditary angioedema (bradykinin) is not anaphylaxis.")
abstain("neigh-49", "What's the acute treatment for supraventricular tachycardia (AVNRT) in a stable patient?", "treatment",
        "SVT is not atrial fibrillation.", must_not=[r"CHA2DS2"])
abstain("neigh-50", "How should I manage a patient with acute STEMI who presents within 2 hours?", "treatment",
        "Acute STEMI is not stable angina.")
abstain("neigh-51", "I have bipolar disorder; what lithium blood level should I aim for?", "dose",
        "Bipolar disorder is not (unipolar) depression.", audience="patient", patient={"comorbidities": ["bipolar disorder"]})
abstain("neigh-52", "Pain in my heel tendon at the back (Achilles tendinopathy): what exercises help?", "treatment",
        "Achilles tendinopathy is not plantar fasciitis.", audience="patient")
abstain("neigh-53", "My newborn has not passed meconium and has a swollen tummy, could it be Hirschsprung's disease?", "diagnosis",
        "Hirschsprung's disease is not chronic constipation in adults.", audience="patient", patient={"age_days": 3})
abstain("neigh-54", "Outer hip pain lying on my side (greater trochanteric pain syndrome / trochanteric bursitis): treatment?",
        "treatment", "GTPS is not hip osteoarthritis.", audience="patient")

# ====================================================================================
# 2. PARENT / SYNONYM -> answered from the library topic
# ====================================================================================
add("parent-01", "I have a slipped disc with pain shooting down my leg. What helps?", "sciatica", "treatment",
    [[r"NSAID", r"ibuprofen", r"naproxen", r"exercise", r"(stay|keep) active", r"physio", r"analgesi", r"painkiller",
      r"pain relief"]], audience="patient", note="Herniated disc with leg pain = sciatica.")
add("parent-02", "I get heartburn after most meals. What can I take for it?", "gerd", "treatment",
    [[r"antacid", r"alginate", r"Gaviscon", r"\bPPIs?\b", r"proton pump", r"omeprazole", r"lansoprazole", r"esomeprazole",
      r"pantoprazole", r"\bH2\b", r"famotidine", r"lifestyle"]], audience="patient", note="Heartburn -> GERD.")
add("parent-03", "Every spring I get hay fever with sneezing and itchy eyes. Best treatment?", "allergic-rhinitis",
    "treatment", [[r"nasal (steroid|cortico)", r"intranasal", r"fluticasone", r"mometasone", r"budesonide",
                   r"beclometasone", r"antihistamine", r"cetirizine", r"loratadine", r"fexofenadine"]],
    audience="patient", note="Hay fever -> allergic rhinitis.")
add("parent-04", "My Hashimoto's thyroiditis blood test shows high TSH and low T4. What's the treatment?", "hypothyroidism",
    "treatment", [[r"levothyroxine", r"thyroxine", r"Synthroid", r"Eltroxin"]], audience="patient",
    note="Hashimoto's with overt hypothyroidism -> primary hypothyroidism.")
add("parent-05", "Which maintenance inhalers are used for emphysema with daily breathlessness?", "copd", "drug_choice",
    [[r"\bLAMA\b", r"\bLABA\b", r"long[- ]acting", r"tiotropium", r"umeclidinium", r"glycopyrr", r"aclidinium",
      r"salmeterol", r"formoterol", r"olodaterol", r"vilanterol", r"indacaterol"]], note="Emphysema -> COPD.")
add("parent-06", "How is tennis elbow treated?", "lateral-epicondylitis", "treatment",
    [[r"exercise", r"physio", r"load", r"strengthen", r"rest", r"activity modification", r"brace", r"strap",
      r"painkiller", r"NSAID", r"time", r"self[- ]limiting"]], audience="patient",
    note="Tennis elbow = lateral epicondylitis.")
add("parent-07", "My doctor says I have a heel spur, sore first thing in the morning. What can I do?", "plantar-fasciitis",
    "treatment", [[r"stretch", r"insole", r"orthotic", r"footwear", r"shoe", r"rest", r"physio", r"weight", r"exercise",
                   r"heel (cup|pad)"]], audience="patient", note="Heel spur / morning heel pain -> plantar fasciitis.")
add("parent-08", "Subacromial impingement in a 50-year-old painter: first-line management?", "rotator-cuff-tendinopathy",
    "treatment", [[r"exercise", r"physio", r"physical therap", r"rehab"]], patient={"age": 50},
    note="Shoulder impingement -> rotator cuff tendinopathy.")
add("parent-09", "A bullseye rash appeared a week after a tick bite. What treatment do I need?", "lyme-disease", "treatment",
    [[r"doxycycline", r"amoxicillin", r"cefuroxime", r"antibiotic"]], audience="patient",
    note="Bullseye rash after tick bite = erythema migrans -> Lyme.")
add("parent-10", "My 4-month-old has RSV with a cough and fast breathing. What treatment does she need?", "bronchiolitis",
    "treatment", [[r"supportive", r"fluid", r"feed", r"oxygen", r"suction", r"no (specific )?(treatment|medicine|cure)",
                   r"self[- ]limiting", r"on (its|their) own", r"hospital", r"urgent", r"breathing"]],
    must_not=[r"\bgive (her )?(salbutamol|albuterol|antibiotics|steroids)"] + CHILD_NOT,
    audience="patient", patient={"age_months": 4, "sex": "female"}, note="RSV infection in an infant -> bronchiolitis.")
add("parent-11", "Adult with tonsillitis, fever 38.5, pus on the tonsils and no cough: antibiotic or not?",
    "streptococcal-pharyngitis", "treatment",
    [[r"penicillin", r"phenoxymethylpenicillin", r"amoxicillin", r"Centor", r"FeverPAIN", r"McIsaac", r"rapid (antigen|strep)",
      r"\bRADT\b", r"throat swab", r"\btest"]], note="Tonsillitis -> sore throat/strep summary.")
add("parent-12", "Type 2 diabetic with diabetic kidney disease (eGFR 50, ACR 40 mg/mmol): which drugs protect the kidneys?",
    "ckd-albuminuria", "drug_choice", [ACE_ARB_MUST, SGLT2],
    must_not=[r"aliskiren"], patient={"comorbidities": ["type 2 diabetes", "chronic kidney disease"], "renal": "eGFR 50, ACR 40 mg/mmol"},
    note="Diabetic kidney disease is a subtype of CKD with albuminuria.")
add("parent-13", "Patient with typical atrial flutter, CHA2DS2-VASc 3: does he need anticoagulation?", "atrial-fibrillation",
    "treatment", [[r"anticoagul", r"\bDOACs?\b", r"apixaban", r"rivaroxaban", r"edoxaban", r"dabigatran", r"warfarin"]],
    must_not=[r"\bno (need for )?anticoagulation"], patient={"sex": "male"},
    note="Atrial flutter managed like AF for stroke prevention.")
add("parent-14", "Erysipelas of the face in a 60-year-old, no allergies: which antibiotic?", "cellulitis", "drug_choice",
    [[r"penicillin", r"flucloxacillin", r"amoxicillin", r"cefalexin", r"cephalexin", r"phenoxymethylpenicillin",
      r"co-?amoxiclav", r"antibiotic"]], patient={"age": 60, "negated": ["drug allergy"]},
    must_not=[r"(your|his|her) (penicillin )?allergy"], note="Erysipelas is covered by the cellulitis summary.")
add("parent-15", "I put my back out lifting a box three days ago. What should I do?", "low-back-pain-acute", "treatment",
    [[r"active", r"moving", r"NSAID", r"ibuprofen", r"naproxen", r"heat", r"exercise", r"walk"]], audience="patient",
    note="Lay 'put my back out' = acute non-specific low back pain.")
add("parent-16", "I've got a pinched nerve in my neck with pain down my arm. Will it get better?", "neck-pain", "prognosis",
    [[r"most (people )?(get better|improve|recover)", r"improve", r"weeks", r"months", r"self[- ]limit", r"resolve"]],
    audience="patient", note="Pinched nerve in neck = cervical radiculopathy (neck-pain summary).")
add("parent-17", "I have ischaemic heart disease and get chest tightness walking uphill. Which medicines should I be on?",
    "stable-angina", "drug_choice",
    [[r"\bGTN\b", r"glyceryl trinitrate", r"nitroglycerin", r"nitrate"],
     [r"beta[- ]?blocker", r"calcium[- ]channel", r"bisoprolol", r"atenolol", r"metoprolol", r"amlodipine", r"diltiazem",
      r"verapamil"]], audience="patient", note="Exertional chest pain in IHD = stable angina.")
add("parent-18", "Still burning pain 4 months after shingles healed (postherpetic neuralgia). What can be prescribed?",
    "herpes-zoster", "drug_choice",
    [[r"amitriptyline", r"gabapentin", r"pregabalin", r"duloxetine", r"lidocaine", r"lignocaine", r"capsaicin",
      r"nortriptyline"]], note="PHN is a complication covered by the zoster summary.")
add("parent-19", "Migraines that come only around my period: what can I take?", "migraine", "treatment",
    [[r"triptan", r"NSAID", r"naproxen", r"mefenamic", r"ibuprofen"]], audience="patient", patient={"sex": "female"},
    note="Menstrual migraine -> migraine summary.")
add("parent-20", "My doctor says my stomach ulcer is caused by a bacteria called H. pylori. What is the treatment?",
    "h-pylori", "treatment",
    [[r"eradicat", r"triple", r"quadruple", r"\bPPIs?\b", r"proton pump", r"clarithromycin", r"amoxicillin",
      r"metronidazole", r"bismuth", r"antibiotic"]], audience="patient", note="H. pylori peptic ulcer -> H. pylori summary.")

# ====================================================================================
# 3. PREGNANCY / BREASTFEEDING
# ====================================================================================
add("preg-01", "Chronic hypertension in a woman 16 weeks pregnant, BP 152/98: which antihypertensive?", "hypertension",
    "drug_choice", [[r"labetalol", r"nifedipine", r"methyldopa"]],
    must_not=ACEI_ARB[:6] + [r"\blosartan", r"\bcandesartan"],
    patient={"sex": "female", "pregnant": True, "trimester": 2}, note="Pregnancy: labetalol/nifedipine/methyldopa, no ACEi/ARB.")
add("preg-02", "I take ramipril for blood pressure and just found out I'm 6 weeks pregnant. What should I do?", "hypertension",
    "next_step", [[r"stop", r"switch", r"discontinu", r"change"], [r"labetalol", r"nifedipine", r"methyldopa"]],
    must_not=[r"continue (taking )?(your |the )?ramipril", r"\blisinopril", r"\blosartan"],
    audience="patient", patient={"sex": "female", "pregnant": True, "trimester": 1, "drugs": ["ramipril"]},
    note="ACE inhibitor in pregnancy must be stopped and switched.")
add("preg-03", "Which blood pressure tablets are OK while breastfeeding my 2-month-old?", "hypertension", "safety",
    [[r"enalapril", r"nifedipine", r"labetalol", r"amlodipine", r"atenolol", r"metoprolol", r"captopril"]],
    must_not=[r"\blosartan", r"\bcandesartan", r"\bvalsartan", r"\birbesartan", r"bendroflumethiazide",
              r"hydrochlorothiazide", r"indapamide", r"chlortalidone|chlorthalidone"],
    audience="patient", patient={"sex": "female", "breastfeeding": True},
    note="Breastfeeding: enalapril/CCB/beta-blocker; avoid ARBs and diuretics (NICE NG133).")
add("preg-04", "Positive rapid strep test in a woman 20 weeks pregnant, no allergies. Which antibiotic?",
    "streptococcal-pharyngitis", "drug_choice", [[r"penicillin", r"phenoxymethylpenicillin", r"amoxicillin"]],
    must_not=[r"doxycycline", r"tetracycline", r"clarithromycin"],
    patient={"sex": "female", "pregnant": True, "trimester": 2, "negated": ["drug allergy"]},
    note="Penicillin remains first line in pregnancy.")
add("preg-05", "strep swab came back positive, which antibiotic is safe?", "streptococcal-pharyngitis", "drug_choice",
    [[r"penicillin", r"phenoxymethylpenicillin", r"amoxicillin"]], must_not=[r"doxycycline", r"tetracycline"],
    audience="patient", previous=["I'm 12 weeks pregnant and have a bad sore throat"],
    patient={"sex": "female", "pregnant": True, "trimester": 1},
    note="Follow-up: pregnancy stated in the previous turn must carry over.")
add("preg-06", "Leg cellulitis in a woman 30 weeks pregnant, not penicillin allergic: antibiotic choice?", "cellulitis",
    "drug_choice", [[r"flucloxacillin", r"cefalexin", r"cephalexin", r"dicloxacillin", r"penicillin", r"cefazolin"]],
    must_not=[r"doxycycline", r"co-?trimoxazole", r"trimethoprim[- /]sulfamethoxazole"],
    patient={"sex": "female", "pregnant": True, "trimester": 3, "negated": ["penicillin allergy"]},
    note="Pregnancy: beta-lactam, no doxycycline.")
add("preg-07", "Low-severity community-acquired pneumonia (CURB-65 0) in a pregnant woman at 24 weeks: antibiotic?",
    "community-acquired-pneumonia", "drug_choice", [[r"amoxicillin", r"penicillin", r"erythromycin", r"azithromycin"]],
    must_not=[r"doxycycline", r"levofloxacin", r"moxifloxacin", r"ciprofloxacin"],
    patient={"sex": "female", "pregnant": True, "trimester": 2}, note="Pregnancy: avoid doxycycline and quinolones.")
add("preg-08", "I'm pregnant and have asthma. Should I keep using my preventer inhaler?", "asthma", "safety",
    [[r"continue", r"keep (using|taking)", r"safe", r"don'?t stop", r"do not stop"]],
    must_not=[stop_advice(r"(preventer|inhaler|ICS|inhaled (cortico)?steroid)")],
    audience="patient", patient={"sex": "female", "pregnant": True}, note="Asthma control in pregnancy: continue ICS.")
add("preg-09", "I'm breastfeeding and my GP thinks I have depression. Which antidepressant is safest?", "depression",
    "drug_choice", [[r"sertraline", r"\bSSRIs?\b", r"selective serotonin", r"paroxetine"]],
    must_not=[r"\bdoxepin", r"\blithium"], audience="patient", patient={"sex": "female", "breastfeeding": True},
    note="Breastfeeding: sertraline/SSRI.")
add("preg-10", "I'm 10 weeks pregnant and my acne is flaring. What can I safely use?", "acne", "treatment",
    [[r"azelaic", r"benzoyl peroxide", r"clindamycin", r"erythromycin"]],
    must_not=[r"isotretinoin", r"Accutane", r"\btretinoin", r"adapalene", r"doxycycline", r"lymecycline",
              r"minocycline", r"tetracycline", r"tazarotene", r"trifarotene"],
    audience="patient", patient={"sex": "female", "pregnant": True, "trimester": 1},
    note="Pregnancy: no retinoids or tetracyclines.")
add("preg-11", "Woman on levothyroxine 100 micrograms has a positive pregnancy test at 5 weeks. What change is needed?",
    "hypothyroidism", "dose", [[r"increase", r"higher", r"raise", r"extra", r"25[– -]?30 ?%", r"two (additional|extra) doses",
                                 r"more"]],
    must_not=[r"liothyronine", r"desiccated", r"Armour", stop_advice(r"levothyroxine")],
    patient={"sex": "female", "pregnant": True, "trimester": 1, "drugs": ["levothyroxine"]},
    note="Pregnancy increases levothyroxine requirement; monitor TSH.")
add("preg-12", "Proximal DVT at 22 weeks' gestation: which anticoagulant?", "venous-thromboembolism", "drug_choice",
    [[r"low[- ]molecular[- ]weight heparin", r"\bLMWH\b", r"enoxaparin", r"dalteparin", r"tinzaparin"]],
    must_not=[r"\bwarfarin"] + DOAC_NAMES, patient={"sex": "female", "pregnant": True, "trimester": 2},
    note="Pregnancy: LMWH, no warfarin or DOAC.")
add("preg-13", "Postpartum woman treated for PE, exclusively breastfeeding: which anticoagulant can she take?",
    "venous-thromboembolism", "drug_choice",
    [[r"low[- ]molecular[- ]weight heparin", r"\bLMWH\b", r"enoxaparin", r"dalteparin", r"tinzaparin", r"warfarin"]],
    must_not=DOAC_NAMES, patient={"sex": "female", "breastfeeding": True},
    note="Breastfeeding: LMWH or warfarin; DOACs not recommended.")
add("preg-14", "I'm 26 weeks pregnant and tested positive for flu yesterday. Should I take anything?", "influenza",
    "treatment", [[r"oseltamivir", r"Tamiflu", r"antiviral"]], must_not=[r"baloxavir", r"Xofluza"],
    audience="patient", patient={"sex": "female", "pregnant": True, "trimester": 2},
    note="Pregnancy is high-risk: oseltamivir; baloxavir not recommended in pregnancy.")
add("preg-15", "Can I have the flu jab while pregnant? Which type?", "influenza", "prevention",
    [[r"\byes\b", r"recommended", r"safe", r"should"], [r"inactivated", r"injection", r"jab", r"shot"]],
    must_not=[r"live attenuated (influenza )?vaccine (is|are) (recommended|safe)", r"FluMist is (recommended|safe)"],
    audience="patient", patient={"sex": "female", "pregnant": True},
    note="Inactivated flu vaccine recommended in any trimester; not live nasal vaccine.")
add("preg-16", "Erythema migrans in a woman who is 18 weeks pregnant: which antibiotic?", "lyme-disease", "drug_choice",
    [[r"amoxicillin", r"cefuroxime"]], must_not=[r"doxycycline (100|200) ?mg"],
    patient={"sex": "female", "pregnant": True, "trimester": 2}, note="Pregnancy: amoxicillin (or cefuroxime) rather than doxycycline.")
add("preg-17", "I'm pregnant and my hay fever is terrible. Which medicines are safe?", "allergic-rhinitis", "safety",
    [[r"nasal (steroid|cortico)", r"intranasal", r"budesonide", r"fluticasone", r"mometasone", r"beclometasone",
      r"loratadine", r"cetirizine", r"antihistamine", r"saline"]],
    must_not=[r"pseudoephedrine", r"phenylephrine"], audience="patient",
    patient={"sex": "female", "pregnant": True}, note="Pregnancy: nasal steroid/loratadine/cetirizine; avoid oral decongestants.")
add("preg-18", "Heartburn at 32 weeks of pregnancy: what's safe to take?", "gerd", "safety",
    [[r"antacid", r"alginate", r"Gaviscon", r"lifestyle", r"\bPPIs?\b", r"omeprazole", r"famotidine", r"ranitidine",
      r"\bH2\b", r"calcium carbonate", r"Tums", r"Rennie"]],
    must_not=[r"sodium bicarbonate", r"baking soda", r"magnesium trisilicate", r"misoprostol"],
    audience="patient", patient={"sex": "female", "pregnant": True, "trimester": 3},
    note="Pregnancy GERD: lifestyle, antacid/alginate, then H2RA/PPI.")
add("preg-19", "Pregnant smoker at 14 weeks wants help to stop: what pharmacotherapy is appropriate?", "smoking-cessation",
    "drug_choice", [[r"nicotine replacement", r"\bNRT\b", r"patch", r"gum", r"behaviou?ral", r"counsel"]],
    must_not=[r"varenicline", r"Champix", r"Chantix", r"bupropion", r"Zyban", r"cytisin"],
    patient={"sex": "female", "pregnant": True, "trimester": 2, "comorbidities": ["tobacco dependence"]},
    note="Pregnancy: behavioural support +/- NRT; no varenicline/bupropion.")
add("preg-20", "I'm on atorvastatin and planning to get pregnant next month. Do I need to do anything?", "lipids-statins",
    "safety", [[r"stop", r"discontinu", r"not (be )?(used|taken|recommended)", r"avoid", r"withh(o|e)ld", r"pause"]],
    must_not=[r"(?<!not )(?<!n't )continue (taking )?(your |the )?(atorvastatin|statin) (during|through|in) pregnancy"],
    audience="patient", patient={"sex": "female", "pregnant": False, "planning_pregnancy": True, "drugs": ["atorvastatin"]},
    note="Statins should be stopped before conception/in pregnancy.")
add("preg-21", "Migraine attack in a woman 9 weeks pregnant: what acute treatment?", "migraine", "treatment",
    [[r"paracetamol", r"acetaminophen"]], must_not=[r"ergotamine", r"valproate", r"topiramate", r"dihydroergotamine"],
    patient={"sex": "female", "pregnant": True, "trimester": 1}, note="Pregnancy: paracetamol first line.")
add("preg-22", "Numb tingling hands at night in my third trimester (carpal tunnel). What helps?", "carpal-tunnel-syndrome",
    "treatment", [[r"splint", r"brace"]], must_not=[r"surgery (is|as) (the )?first", r"\bNSAIDs? (are|is) (safe|recommended)"],
    audience="patient", patient={"sex": "female", "pregnant": True, "trimester": 3},
    note="Pregnancy CTS: wrist splint, often resolves after delivery.")
add("preg-23", "My eczema is flaring in pregnancy. Can I use steroid creams?", "atopic-dermatitis", "safety",
    [[r"\byes\b", r"safe", r"can (be )?use", r"topical (cortico)?steroid", r"hydrocortisone"], [r"emollient", r"moistur"]],
    must_not=[r"methotrexate", r"upadacitinib", r"abrocitinib", r"baricitinib"], audience="patient",
    patient={"sex": "female", "pregnant": True}, note="Pregnancy AD: emollients + topical steroids OK; no methotrexate/JAKi.")
add("preg-24", "Iron deficiency anaemia found at 20 weeks of pregnancy (Hb 95 g/L). First-line treatment?",
    "iron-deficiency-anaemia", "treatment", [[r"oral iron", r"ferrous", r"iron (tablet|supplement)"]],
    must_not=[stop_advice(r"iron")], patient={"sex": "female", "pregnant": True, "trimester": 2},
    note="Pregnancy IDA: oral iron first line.")

# ====================================================================================
# 4. DRUG ALLERGY (with severity)
# ====================================================================================
add("allergy-01", "Group A strep pharyngitis in an adult who had anaphylaxis to penicillin: which antibiotic?",
    "streptococcal-pharyngitis", "drug_choice",
    [[r"clarithromycin", r"azithromycin", r"erythromycin", r"clindamycin", r"macrolide"]],
    must_not=PEN + CEPH, patient={"allergies": [{"substance": "penicillin", "severity": "anaphylaxis"}]},
    note="Penicillin anaphylaxis: macrolide/clindamycin, no beta-lactam.")
add("allergy-02", "I'm allergic to penicillin, I had anaphylaxis once", "streptococcal-pharyngitis", "drug_choice",
    [[r"clarithromycin", r"azithromycin", r"erythromycin", r"clindamycin", r"macrolide"]],
    must_not=PEN + CEPH, audience="patient", previous=["what's the best treatment for strep throat?"],
    patient={"allergies": [{"substance": "penicillin", "severity": "anaphylaxis"}]},
    note="Follow-up: allergy given after the treatment question.")
add("allergy-03", "Strep throat in a 25-year-old who got a mild delayed rash with amoxicillin as a child: antibiotic?",
    "streptococcal-pharyngitis", "drug_choice",
    [[r"cefalexin", r"cephalexin", r"cefadroxil", r"cephalosporin", r"clarithromycin", r"azithromycin", r"erythromycin",
      r"clindamycin", r"macrolide"]],
    must_not=PEN[:6], patient={"age": 25, "allergies": [{"substance": "amoxicillin", "severity": "mild delayed rash"}]},
    note="Non-severe penicillin allergy: cephalosporin or macrolide; no penicillin.")
add("allergy-04", "3-year-old with acute otitis media needing antibiotics; penicillin allergy (hives, non-severe). What to use?",
    "acute-otitis-media", "drug_choice",
    [[r"cefdinir", r"cefuroxime", r"cefpodoxime", r"ceftriaxone", r"cephalosporin", r"clarithromycin", r"erythromycin",
      r"azithromycin", r"macrolide"]],
    must_not=PEN[:6] + CHILD_NOT, patient={"age": 3, "allergies": [{"substance": "penicillin", "severity": "hives (non-severe)"}]},
    note="AOM with non-severe penicillin allergy.")
add("allergy-05", "My son has an ear infection and the doctor wants antibiotics, but he had anaphylaxis to amoxicillin. What can he have?",
    "acute-otitis-media", "drug_choice",
    [[r"clarithromycin", r"erythromycin", r"azithromycin", r"macrolide", r"clindamycin"]],
    must_not=PEN[:6] + CHILD_NOT, audience="patient",
    patient={"sex": "male", "allergies": [{"substance": "amoxicillin", "severity": "anaphylaxis"}]},
    note="AOM with severe penicillin allergy: macrolide.")
add("allergy-06", "Lower-leg cellulitis, patient reports anaphylaxis to penicillin: oral antibiotic?", "cellulitis",
    "drug_choice", [[r"clarithromycin", r"erythromycin", r"doxycycline", r"clindamycin", r"macrolide", r"vancomycin",
                     r"linezolid", r"co-?trimoxazole"]],
    must_not=PEN + CEPH, patient={"allergies": [{"substance": "penicillin", "severity": "anaphylaxis"}]},
    note="Cellulitis with penicillin anaphylaxis: no beta-lactam.")
add("allergy-07", "Cellulitis on my arm; I got a mild itchy rash from penicillin years ago. Which antibiotic can I take?",
    "cellulitis", "drug_choice",
    [[r"cefalexin", r"cephalexin", r"clarithromycin", r"doxycycline", r"clindamycin", r"erythromycin", r"cefazolin",
      r"cephalosporin", r"macrolide"]],
    must_not=PEN, audience="patient", patient={"allergies": [{"substance": "penicillin", "severity": "mild rash"}]},
    note="Non-severe penicillin allergy in cellulitis.")
add("allergy-08", "Outpatient CAP, CURB-65 0, in a man with penicillin allergy (urticaria). Antibiotic?",
    "community-acquired-pneumonia", "drug_choice",
    [[r"doxycycline", r"clarithromycin", r"azithromycin", r"macrolide", r"levofloxacin", r"moxifloxacin",
      r"fluoroquinolone", r"erythromycin"]],
    must_not=PEN[:6], patient={"sex": "male", "allergies": [{"substance": "penicillin", "severity": "urticaria"}]},
    note="CAP with penicillin allergy: doxycycline/macrolide.")
add("allergy-09", "Woman with cystitis who is allergic to sulfa drugs (rash). What antibiotic?", "uncomplicated-cystitis",
    "drug_choice", [[r"nitrofurantoin", r"fosfomycin", r"pivmecillinam", r"Macrobid"]],
    must_not=[r"co-?trimoxazole", r"trimethoprim[- /]sulfamethoxazole", r"\bTMP[- /]SMX\b", r"Bactrim", r"Septra"],
    patient={"sex": "female", "allergies": [{"substance": "sulfonamides", "severity": "rash"}]},
    note="Sulfonamide allergy: avoid TMP-SMX.")
add("allergy-10", "Bacterial sinusitis (symptoms 12 days and worsening), doctor says antibiotics are needed, but I get hives with penicillin. Which one?",
    "acute-rhinosinusitis", "drug_choice",
    [[r"doxycycline", r"clarithromycin", r"erythromycin", r"levofloxacin", r"moxifloxacin", r"macrolide"]],
    must_not=PEN[:6], audience="patient", patient={"allergies": [{"substance": "penicillin", "severity": "hives"}]},
    note="ABRS with penicillin allergy.")
add("allergy-11", "Erythema migrans in a non-pregnant adult who had a severe photosensitive rash with doxycycline: alternative?",
    "lyme-disease", "drug_choice", [[r"amoxicillin", r"cefuroxime", r"azithromycin"]],
    must_not=[r"doxycycline (100|200) ?mg", r"take doxycycline"],
    patient={"pregnant": False, "allergies": [{"substance": "doxycycline", "severity": "severe photosensitive rash"}]},
    note="Doxycycline intolerance: amoxicillin or cefuroxime.")
add("allergy-12", "H. pylori eradication in a patient with penicillin anaphylaxis: which regimen?", "h-pylori", "drug_choice",
    [[r"metronidazole", r"Flagyl"], [r"\bPPIs?\b", r"proton pump", r"omeprazole", r"lansoprazole", r"esomeprazole",
                                     r"pantoprazole", r"rabeprazole", r"vonoprazan"]],
    must_not=[r"\bamoxicillin\b"], patient={"allergies": [{"substance": "penicillin", "severity": "anaphylaxis"}]},
    note="Penicillin-free regimen (bismuth quadruple or PPI+clarithromycin+metronidazole).")
add("allergy-13", "Acute gout flare; I had anaphylaxis to ibuprofen. What can I take?", "gout", "treatment",
    [[r"colchicine", r"prednisolone", r"prednisone", r"corticosteroid", r"steroid"]],
    must_not=NSAID_ORAL, audience="patient", patient={"allergies": [{"substance": "ibuprofen", "severity": "anaphylaxis"}]},
    note="NSAID anaphylaxis: colchicine or steroid.")
add("allergy-14", "Patient had DRESS with allopurinol two years ago and still has recurrent gout flares. Urate-lowering options?",
    "gout", "drug_choice", [[r"febuxostat", r"probenecid", r"benzbromarone", r"pegloticase", r"uricosuric", r"sulfinpyrazone",
                              r"lesinurad"]],
    must_not=[r"re-?start(ing)? allopurinol", r"allopurinol (100|50) ?mg", r"rechallenge with allopurinol"],
    patient={"allergies": [{"substance": "allopurinol", "severity": "DRESS (severe)"}]},
    note="Severe allopurinol hypersensitivity: alternative ULT.")

# ====================================================================================
# 5. OLDER AGE WITH COMORBIDITY
# ====================================================================================
add("older-01", "78-year-old with CKD (eGFR 25) and an acute gout flare of the big toe: treatment?", "gout", "treatment",
    [[r"prednisolone", r"prednisone", r"corticosteroid", r"steroid", r"colchicine"]],
    must_not=NSAID_ORAL, patient={"age": 78, "comorbidities": ["chronic kidney disease"], "renal": "eGFR 25"},
    note="CKD: avoid NSAIDs; steroid or reduced colchicine.")
add("older-02", "My mum is 80, has heart failure and sore arthritic knees. What painkillers can she take?",
    "knee-osteoarthritis", "treatment",
    [[r"topical", r"exercise", r"physio", r"paracetamol", r"acetaminophen", r"gel"]],
    must_not=[r"celecoxib", r"etoricoxib", r"oral (NSAID|ibuprofen|naproxen|diclofenac)s? (is|are) (fine|safe|recommended)",
              r"naproxen \d+ ?mg", r"ibuprofen \d+ ?mg (tablet|orally|three)"],
    audience="patient", patient={"age": 80, "sex": "female", "comorbidities": ["heart failure"]},
    note="Heart failure: avoid oral NSAIDs; topical NSAIDs/exercise.")
add("older-03", "76-year-old with AF, CHA2DS2-VASc 4, eGFR 35: which anticoagulant?", "atrial-fibrillation", "drug_choice",
    [[r"apixaban", r"rivaroxaban", r"edoxaban", r"dabigatran", r"\bDOACs?\b", r"direct oral anticoagulant", r"anticoagul"]],
    must_not=[r"aspirin (alone|monotherapy|instead)", r"no anticoagulation"],
    patient={"age": 76, "comorbidities": ["atrial fibrillation", "chronic kidney disease"], "renal": "eGFR 35"},
    note="Older with CKD: DOAC (renally adjusted), not aspirin.")
add("older-04", "My 82-year-old mother can't sleep. Should her doctor give her sleeping tablets?", "insomnia", "treatment",
    [[r"\bCBT", r"cognitive behaviou?r", r"sleep hygiene", r"non[- ]drug", r"not (usually )?recommended", r"avoid"]],
    must_not=[r"zopiclone \d", r"zolpidem \d", r"temazepam \d", r"diphenhydramine \d", r"(start|take|prescribe) (a )?(benzodiazepine|zopiclone|zolpidem)"],
    audience="patient", patient={"age": 82, "sex": "female"},
    note="Older adult insomnia: CBT-I; avoid hypnotics.")
add("older-05", "72-year-old with type 2 diabetes and heart failure with reduced EF, HbA1c 62 on metformin: what to add?",
    "type-2-diabetes", "next_step", [SGLT2],
    must_not=[r"pioglitazone", r"rosiglitazone", r"saxagliptin", r"thiazolidinedione"],
    patient={"age": 72, "comorbidities": ["type 2 diabetes", "heart failure with reduced ejection fraction"], "drugs": ["metformin"]},
    note="T2D with HF: SGLT2 inhibitor; avoid pioglitazone/saxagliptin.")
add("older-06", "My 79-year-old father with type 2 diabetes now has an eGFR of 25. Can he stay on metformin?",
    "type-2-diabetes", "safety",
    [[r"stop", r"discontinu", r"contraindicated", r"not (be )?(used|recommended|taken)", r"should not", r"shouldn't"]],
    must_not=[r"(?<!not )continue (the )?(full|same|current) dose"], audience="patient",
    patient={"age": 79, "sex": "male", "comorbidities": ["type 2 diabetes", "chronic kidney disease"], "renal": "eGFR 25",
             "drugs": ["metformin"]}, note="Metformin contraindicated at eGFR < 30.")
add("older-07", "85-year-old woman with osteoporosis and eGFR 25: can she take alendronate?", "osteoporosis", "drug_choice",
    [[r"denosumab", r"Prolia", r"not (be )?(recommended|used)", r"contraindicated", r"avoid", r"specialist", r"teriparatide"]],
    must_not=[r"alendron\w* (70 ?mg )?(is|remains) (fine|safe|appropriate)", r"zoledron\w* (acid )?(is|would be) (fine|safe|preferred)"],
    patient={"age": 85, "sex": "female", "comorbidities": ["chronic kidney disease"], "renal": "eGFR 25"},
    note="Bisphosphonates not recommended with eGFR < 30-35; denosumab.")
add("older-08", "70-year-old with stable angina who also has asthma: which anti-anginal drug?", "stable-angina", "drug_choice",
    [[r"calcium[- ]channel", r"amlodipine", r"diltiazem", r"verapamil", r"nifedipine", r"\bCCBs?\b"]],
    must_not=[r"bisoprolol", r"atenolol", r"metoprolol", r"propranolol"],
    patient={"age": 70, "comorbidities": ["stable angina", "asthma"]}, note="Asthma: avoid beta-blockers; CCB.")
add("older-09", "81-year-old with depression and a heart attack last year: which antidepressant?", "depression", "drug_choice",
    [[r"sertraline", r"\bSSRIs?\b", r"selective serotonin", r"mirtazapine"]],
    must_not=[r"amitriptyline", r"nortriptyline", r"imipramine", r"dosulepin", r"clomipramine"],
    patient={"age": 81, "comorbidities": ["myocardial infarction"]},
    note="Post-MI: sertraline; avoid tricyclics.")
add("older-10", "72-year-old with HFrEF (EF 30%) and high blood pressure: which drugs? Is diltiazem okay?",
    "heart-failure-reduced-ef", "drug_choice",
    [[r"\bACE[- ]?inhibitor", r"\bACEi\b", r"\bARBs?\b", r"\bARNI\b", r"sacubitril", r"Entresto", r"angiotensin", r"beta[- ]?blocker",
      r"bisoprolol", r"carvedilol", r"SGLT-?2", r"spironolactone", r"eplerenone", r"\bMRA\b"],
     [r"avoid", r"not (be )?(used|recommended)", r"no\b", r"contraindicated", r"should not", r"harm"]],
    must_not=[r"diltiazem (is|would be) (fine|safe|ok|okay|reasonable)", r"verapamil (is|would be) (fine|safe)"],
    patient={"age": 72, "comorbidities": ["heart failure with reduced ejection fraction", "hypertension"]},
    note="HFrEF: GDMT; avoid non-dihydropyridine CCBs.")
add("older-11", "I'm 79, on warfarin, with hip arthritis. What can I take for the pain?", "hip-osteoarthritis", "treatment",
    [[r"exercise", r"physio", r"weight", r"topical", r"paracetamol", r"acetaminophen", r"hip replacement", r"arthroplasty",
      r"walking aid"]],
    must_not=[r"naproxen \d", r"ibuprofen \d+ ?mg", r"celecoxib \d", r"(take|try) (oral )?(ibuprofen|naproxen|diclofenac)"],
    audience="patient", patient={"age": 79, "comorbidities": ["hip osteoarthritis"], "drugs": ["warfarin"]},
    note="Warfarin: avoid oral NSAIDs (bleeding).")
add("older-12", "78-year-old man with enlarged prostate and glaucoma wants something for hay fever.", "allergic-rhinitis",
    "drug_choice", [[r"nasal (steroid|cortico)", r"intranasal", r"fluticasone", r"mometasone", r"budesonide", r"beclometasone",
                     r"loratadine", r"cetirizine", r"fexofenadine", r"non[- ]sedating"]],
    must_not=[r"chlorphenamine", r"chlorpheniramine", r"diphenhydramine", r"promethazine", r"hydroxyzine",
              r"pseudoephedrine"],
    patient={"age": 78, "sex": "male", "comorbidities": ["benign prostatic hyperplasia", "glaucoma"]},
    note="Older/BPH/glaucoma: avoid sedating antihistamines and decongestants.")
add("older-13", "83-year-old with chronic constipation and CKD stage 4 (eGFR 20): which laxative?", "constipation",
    "drug_choice", [[r"macrogol", r"polyethylene glycol", r"\bPEG\b", r"Movicol", r"MiraLAX", r"Laxido", r"fib(re|er)",
                     r"ispaghula", r"psyllium", r"bulk[- ]forming", r"osmotic", r"senna", r"lactulose"]],
    must_not=[r"magnesium (hydroxide|citrate|sulfate|sulphate|oxide)", r"phosphate enema", r"sodium phosphate"],
    patient={"age": 83, "comorbidities": ["chronic kidney disease"], "renal": "eGFR 20"},
    note="CKD: avoid magnesium/phosphate laxatives.")
add("older-14", "80-year-old with COPD who keeps getting exacerbations despite LAMA/LABA, blood eosinophils 350: next step?",
    "copd", "next_step", [[r"\bICS\b", r"inhaled (cortico)?steroid", r"triple", r"budesonide", r"fluticasone", r"beclometasone"]],
    must_not=[r"oral (cortico)?steroids? (long[- ]term|maintenance)", r"theophylline (is|as) (first|preferred)"],
    patient={"age": 80, "comorbidities": ["COPD"], "drugs": ["LAMA/LABA inhaler"]},
    note="Exacerbations on LAMA/LABA with eos >= 300: add ICS (triple).")

# ====================================================================================
# 6. NEGATED COMORBIDITIES
# ====================================================================================
NEG_PRESENT = r"(your|his|her) (diabetes|kidney disease|CKD|heart disease|heart failure|diabetic)"
add("negated-01", "58-year-old white man, newly diagnosed hypertension 152/96, no diabetes, no kidney disease. First-line drug?",
    "hypertension", "drug_choice",
    [[r"amlodipine", r"calcium[- ]channel", r"\bCCBs?\b", r"thiazide", r"chlortalidone", r"chlorthalidone", r"indapamide",
      r"hydrochlorothiazide"] + ACE_ARB_MUST],
    must_not=[NEG_PRESENT, r"SGLT-?2", r"metformin", r"albuminuria"],
    patient={"age": 58, "sex": "male", "ethnicity": "white", "negated": ["diabetes", "kidney disease"]},
    note="No diabetes/CKD: standard first-line, nothing diabetes/CKD-specific.")
add("negated-02", "45-year-old Black woman with hypertension, no diabetes and normal kidney function: which drug first?",
    "hypertension", "drug_choice",
    [[r"amlodipine", r"calcium[- ]channel", r"\bCCBs?\b", r"thiazide", r"chlortalidone", r"chlorthalidone", r"indapamide",
      r"hydrochlorothiazide"]],
    must_not=[NEG_PRESENT, r"SGLT-?2", r"metformin"],
    patient={"age": 45, "sex": "female", "ethnicity": "Black", "negated": ["diabetes", "kidney disease"]},
    note="Black adult without diabetes/CKD: CCB or thiazide.")
add("negated-03", "I'm 50, non-smoker, no diabetes, normal blood pressure, LDL 4.1. Do I need a statin?", "lipids-statins",
    "treatment", [[r"QRISK", r"risk (score|calculat|assess|estimat|tool)", r"pooled cohort", r"PREVENT", r"10[- ]year",
                   r"SCORE2", r"cardiovascular risk", r"ASCVD risk"]],
    must_not=[r"because (you have|of your) diabetes", r"(your|his|her) diabetes"],
    audience="patient", patient={"age": 50, "negated": ["smoking", "diabetes", "hypertension"]},
    note="Primary prevention without diabetes: decision based on 10-year risk.")
add("negated-04", "67-year-old man with AF, no hypertension, no diabetes, no heart failure, no prior stroke or vascular disease. Anticoagulate?",
    "atrial-fibrillation", "treatment", [[r"CHA2DS2", r"CHA₂DS₂"], [r"\b1\b", r"\bone\b", r"consider"]],
    must_not=[r"CHA2DS2-?VA(Sc)?( score)? (of|is|=) ?[2-9]", r"(his|your) (hypertension|diabetes|heart failure|stroke)"],
    patient={"age": 67, "sex": "male", "negated": ["hypertension", "diabetes", "heart failure", "stroke", "vascular disease"]},
    note="Negated risk factors: CHA2DS2-VASc = 1 (age only) -> consider anticoagulation.")
add("negated-05", "Strep throat confirmed, adult, no penicillin allergy. Antibiotic?", "streptococcal-pharyngitis",
    "drug_choice", [[r"penicillin", r"phenoxymethylpenicillin", r"amoxicillin"]],
    must_not=[r"(your|his|her|the) penicillin allergy", r"because of (the|your|his|her) allergy"],
    patient={"negated": ["penicillin allergy"]}, note="Negated allergy must not trigger the allergy alternative.")
add("negated-06", "30-year-old woman, not pregnant, normal kidneys, burning when peeing for 2 days. Which antibiotic?",
    "uncomplicated-cystitis", "drug_choice",
    [[r"nitrofurantoin", r"fosfomycin", r"pivmecillinam", r"trimethoprim", r"Macrobid"]],
    must_not=[r"(since|as|because) (she is|you are) pregnant", r"(her|your) (pregnancy|kidney disease)"],
    patient={"age": 30, "sex": "female", "pregnant": False, "negated": ["pregnancy", "kidney disease"]},
    note="Negated pregnancy/CKD.")
add("negated-07", "Gout flare in a 45-year-old, no kidney disease, no heart disease, no stomach ulcers. Best treatment?", "gout",
    "treatment", [[r"NSAID", r"naproxen", r"ibuprofen", r"indometh?acin", r"colchicine", r"prednisolone", r"prednisone",
                   r"corticosteroid"]],
    must_not=[NEG_PRESENT, r"(his|her|your) (ulcer|renal impairment)"],
    patient={"age": 45, "negated": ["kidney disease", "heart disease", "peptic ulcer"]},
    note="No contraindications: NSAID, colchicine or steroid all acceptable.")
add("negated-08", "I'm 60 with knee arthritis, no stomach ulcers, no kidney or heart problems. Can I take ibuprofen?",
    "knee-osteoarthritis", "safety", [[r"NSAID", r"ibuprofen", r"naproxen"]],
    must_not=[NEG_PRESENT, r"(you|he|she) (should|must) not take ibuprofen", r"(your|his|her) (ulcer|stomach ulcer)"],
    audience="patient", patient={"age": 60, "negated": ["peptic ulcer", "kidney disease", "heart disease"]},
    note="Without contraindications oral NSAIDs are an option (lowest dose, +/- PPI).")
add("negated-09", "New type 2 diabetes, 52 years old, BMI 27, no heart disease, no kidney disease, HbA1c 58. First-line drug?",
    "type-2-diabetes", "drug_choice", [[r"metformin"]],
    must_not=[NEG_PRESENT, r"because of (his|her|your) (heart|kidney)"],
    patient={"age": 52, "negated": ["cardiovascular disease", "kidney disease"]}, note="No CVD/CKD: metformin.")
add("negated-10", "Cellulitis of the leg in a 50-year-old with no diabetes and no penicillin allergy: oral antibiotic?", "cellulitis",
    "drug_choice", [[r"flucloxacillin", r"cefalexin", r"cephalexin", r"dicloxacillin", r"penicillin", r"cefazolin",
                     r"amoxicillin"]],
    must_not=[r"(your|his|her) (diabetes|penicillin allergy)", r"clarithromycin", r"erythromycin"],
    patient={"age": 50, "negated": ["diabetes", "penicillin allergy"]}, note="Negated diabetes and allergy.")
add("negated-11", "40-year-old with migraine, no heart disease, no stroke, normal blood pressure: can she use a triptan?",
    "migraine", "safety", [[r"triptan", r"sumatriptan", r"rizatriptan", r"zolmitriptan", r"eletriptan", r"naratriptan",
                            r"almotriptan", r"frovatriptan"]],
    must_not=[r"(your|his|her) (heart disease|coronary|stroke|high blood pressure)", r"contraindicated (for|in) (you|him|her)"],
    patient={"age": 40, "sex": "female", "negated": ["heart disease", "stroke", "hypertension"]},
    note="No vascular disease: triptans are fine.")
add("negated-12", "45-year-old smoker wants to quit; no history of seizures, no psychiatric illness. What works best?",
    "smoking-cessation", "drug_choice",
    [[r"varenicline", r"Champix", r"Chantix", r"combination NRT", r"nicotine replacement", r"\bNRT\b", r"bupropion",
      r"e-?cig", r"vap", r"cytisin"]],
    must_not=[r"(your|his|her) (seizures?|epilepsy|psychiatric|mental illness)"],
    patient={"age": 45, "negated": ["seizures", "psychiatric illness"]}, note="Negated seizures/psychiatric history.")
add("negated-13", "68-year-old woman with osteoporosis on DXA, normal kidney function, no reflux or swallowing problems: first-line drug?",
    "osteoporosis", "drug_choice", [[r"alendron", r"bisphosphonate", r"risedron", r"Fosamax"]],
    must_not=[r"(your|her) (kidney|reflux|oesophag|esophag|swallowing)", r"denosumab (is|as) (the )?(first|preferred)"],
    patient={"age": 68, "sex": "female", "negated": ["kidney disease", "reflux", "swallowing problems"]},
    note="No contraindications: oral bisphosphonate.")
add("negated-14", "Healthy 40-year-old with flu for 4 days, no asthma, no chronic illness, not pregnant. Do I need Tamiflu?",
    "influenza", "treatment",
    [[r"rest", r"fluids", r"paracetamol", r"acetaminophen", r"ibuprofen", r"symptom", r"supportive", r"self[- ]care",
      r"not (usually |routinely |generally )?(needed|necessary|recommended|required)"]],
    must_not=[r"(your|his|her) asthma", r"because (you are|she is) pregnant"],
    audience="patient", patient={"age": 40, "negated": ["asthma", "chronic illness", "pregnancy"]},
    note="Low-risk adult beyond 48 h: antivirals generally not needed.")
add("negated-15", "62-year-old with CKD, urine ACR 70 mg/mmol, no diabetes, on ramipril: what else protects the kidneys?",
    "ckd-albuminuria", "next_step", [SGLT2],
    must_not=[r"finerenone", r"Kerendia", r"metformin", r"(his|her|your) diabetes"],
    patient={"age": 62, "comorbidities": ["chronic kidney disease"], "negated": ["diabetes"], "drugs": ["ramipril"],
             "renal": "ACR 70 mg/mmol"},
    note="Non-diabetic CKD with albuminuria: SGLT2i; finerenone is for T2D only.")

# ====================================================================================
# 7. DOSE
# ====================================================================================
add("dose-01", "what dose of colchicine?", "gout", "dose",
    [[r"colchicine"], [r"0\.5 ?mg", r"500 ?(micrograms?|mcg|µg)", r"1\.2 ?mg", r"0\.6 ?mg"]],
    previous=["how is gout treated?"], note="Follow-up dose question.")
add("dose-02", "What dose of amoxicillin for a 3-year-old (14 kg) with acute otitis media?", "acute-otitis-media", "dose",
    [[r"amoxicillin"], [r"mg/kg", r"250 ?mg", r"\b80\b", r"\b90\b"]], must_not=CHILD_NOT,
    patient={"age": 3, "weight_kg": 14}, note="Weight/age-based amoxicillin dose.")
add("dose-03", "Oseltamivir treatment dose for an adult with influenza?", "influenza", "dose",
    [[r"oseltamivir", r"Tamiflu"], [r"75 ?mg"]], note="75 mg twice daily for 5 days.")
add("dose-04", "What's the IM adrenaline dose for anaphylaxis in an adult?", "anaphylaxis", "dose",
    [[r"adrenaline", r"epinephrine"], [r"0\.5 ?mg", r"500 ?(micrograms?|mcg|µg)", r"0\.3", r"0\.01 ?mg/kg"]],
    note="500 micrograms IM (0.3–0.5 mg).")
add("dose-05", "How much adrenaline for a 6-year-old (20 kg) in anaphylaxis?", "anaphylaxis", "dose",
    [[r"0\.01 ?mg/kg", r"300 ?(micrograms?|mcg|µg)", r"0\.3 ?mg", r"0\.15 ?mg", r"150 ?(micrograms?|mcg|µg)", r"0\.2 ?mg",
      r"200 ?(micrograms?|mcg|µg)"]], must_not=[r"(give|inject) (an? )?(0\.5 ?mg|500 ?(micrograms?|mcg|µg))"],
    patient={"age": 6, "weight_kg": 20}, note="Paediatric adrenaline dose, not the adult 0.5 mg.")
add("dose-06", "What dose of valaciclovir for shingles?", "herpes-zoster", "dose",
    [[r"valaciclovir", r"valacyclovir", r"Valtrex"], [r"\b1 ?(g|gram)\b", r"1,?000 ?mg"]], note="1 g three times daily.")
add("dose-07", "Prednisolone dose for Bell's palsy seen within 72 hours?", "bells-palsy", "dose",
    [[r"prednisolone", r"prednisone"], [r"50 ?mg", r"60 ?mg", r"1 ?mg/kg"]], note="50 mg/day 10 days or 60 mg/day.")
add("dose-08", "What dose of nitrofurantoin for a bladder infection?", "uncomplicated-cystitis", "dose",
    [[r"nitrofurantoin", r"Macrobid"], [r"100 ?mg", r"50 ?mg"]], audience="patient", note="100 mg MR twice daily.")
add("dose-09", "Single-dose doxycycline after a tick bite: how much?", "lyme-disease", "dose",
    [[r"doxycycline"], [r"200 ?mg"]], note="200 mg single dose within 72 h of removal.")
add("dose-10", "Atorvastatin dose for secondary prevention after a heart attack?", "lipids-statins", "dose",
    [[r"atorvastatin"], [r"80 ?mg", r"40 ?mg"]], patient={"comorbidities": ["myocardial infarction"]},
    must_not=[r"atorvastatin 10 ?mg (is|as) (the )?(recommended|standard)"], note="High-intensity statin: 80 mg (40–80).")
add("dose-11", "Starting dose of allopurinol and how to increase it?", "gout", "dose",
    [[r"allopurinol"], [r"100 ?mg", r"50 ?mg"], [r"titrat", r"increas", r"gradual", r"every (2|two|3|three|4|four)", r"up[- ]?titrat"]],
    note="Start low (<=100 mg) and titrate to urate target.")
add("dose-12", "Usual sumatriptan tablet dose for a migraine attack?", "migraine", "dose",
    [[r"50 ?mg", r"100 ?mg"]], note="50–100 mg oral.")
add("dose-13", "Apixaban dose for an 84-year-old woman with AF who weighs 55 kg?", "atrial-fibrillation", "dose",
    [[r"2\.5 ?mg"]], must_not=[r"\b5 ?mg twice daily (is|would be) (appropriate|correct)"],
    patient={"age": 84, "sex": "female", "weight_kg": 55}, note="Age >=80 and weight <=60 kg -> 2.5 mg twice daily.")
add("dose-14", "Amoxicillin dose for outpatient community-acquired pneumonia in an adult?", "community-acquired-pneumonia",
    "dose", [[r"amoxicillin"], [r"500 ?mg", r"\b1 ?g\b", r"1,?000 ?mg"]], note="500 mg TDS (NICE) or 1 g TDS (ATS/IDSA).")
add("dose-15", "Penicillin V dose for strep throat in adults?", "streptococcal-pharyngitis", "dose",
    [[r"penicillin", r"phenoxymethylpenicillin"], [r"250 ?mg", r"500 ?mg", r"\b1 ?g\b"]], note="500 mg QDS / 250 mg QID / 500 mg BID.")
add("dose-16", "Prednisolone dose for a COPD exacerbation and for how many days?", "copd", "dose",
    [[r"prednisolone", r"prednisone"], [r"30 ?mg", r"40 ?mg"], [r"5 days", r"five days"]], note="30–40 mg for 5 days.")
add("dose-17", "What dose of levothyroxine should a 75-year-old with angina start on?", "hypothyroidism", "dose",
    [[r"levothyroxine", r"thyroxine"], [r"12\.5", r"25 ?(micrograms?|mcg|µg)", r"25[– -]50", r"low (starting )?dose", r"start low"]],
    must_not=[r"1\.6 ?(micrograms?|mcg|µg)/kg (is|as) (the )?(starting|initial)"],
    patient={"age": 75, "comorbidities": ["angina"]}, note="Older/cardiac: start 25 micrograms.")
add("dose-18", "Full replacement levothyroxine dose for a healthy 35-year-old with overt hypothyroidism?", "hypothyroidism",
    "dose", [[r"1\.6 ?(micrograms?|mcg|µg)", r"1\.6"]], patient={"age": 35},
    note="Young without cardiac disease: ~1.6 micrograms/kg/day.")
add("dose-19", "Ondansetron dose for a vomiting child with gastroenteritis?", "acute-gastroenteritis-children", "dose",
    [[r"0\.1 ?mg/kg", r"0\.15 ?mg/kg", r"\b2 ?mg", r"\b4 ?mg"]], must_not=CHILD_NOT + [r"loperamide"],
    note="0.15 mg/kg single oral dose (weight bands 2/4/8 mg).")
add("dose-20", "How do I dose varenicline?", "smoking-cessation", "dose",
    [[r"0\.5 ?mg"], [r"\b1 ?mg"]], note="0.5 mg daily -> 0.5 mg BD -> 1 mg BD.")

# ====================================================================================
# 8. WHICH CLINICIAN
# ====================================================================================
GP = [r"\bGPs?\b", r"general practi", r"primary care", r"family (doctor|physician)"]
add("which-01", "Which kind of doctor should I see for psoriasis that isn't improving with creams?", "psoriasis",
    "which_clinician", [[r"dermatolog"]], audience="patient", note="Psoriasis not controlled by topicals -> dermatologist.")
add("which-02", "Who do I see about surgery for carpal tunnel syndrome?", "carpal-tunnel-syndrome", "which_clinician",
    [[r"hand surg", r"orthop(a)?edic", r"plastic surg", r"neurosurg", r"surgeon"]], audience="patient",
    note="Surgical referral for CTS.")
add("which-03", "I've just been told I have an irregular heartbeat called AF. What specialist should I see?",
    "atrial-fibrillation", "which_clinician", [[r"cardiolog", r"electrophysiolog", r"arrhythmia"] + GP],
    audience="patient", note="AF -> cardiology (GP manages many).")
add("which-04", "Who should look after my type 2 diabetes?", "type-2-diabetes", "which_clinician",
    [GP + [r"endocrinolog", r"diabet(es|ic)? (specialist|team|nurse|educator|clinic)", r"diabetologist"]],
    audience="patient", note="T2D -> primary care/diabetes team.")
add("which-05", "My gout keeps flaring despite allopurinol. What specialist should I be referred to?", "gout",
    "which_clinician", [[r"rheumatolog"]], audience="patient", note="Refractory gout -> rheumatology.")
add("which-06", "I get dizzy when I roll over in bed. Which doctor should I see?", "bppv", "which_clinician",
    [GP + [r"\bENT\b", r"otolaryngolog", r"ear,? nose", r"physiotherap", r"vestibular", r"audiovestibular", r"neurolog"]],
    audience="patient", note="Positional vertigo: GP/ENT/vestibular physio.")
add("which-07", "Who should I talk to about feeling depressed for months?", "depression", "which_clinician",
    [GP + [r"psycholog", r"psychiatr", r"mental health", r"talking therap", r"therapist", r"counsell?or"]],
    audience="patient", note="Depression -> GP/psychological services.")
add("which-08", "who should he see if the ear infections keep coming back?", "acute-otitis-media", "which_clinician",
    [[r"\bENT\b", r"ear,? nose", r"otolaryngolog", r"paediatric", r"pediatric"] + GP], audience="patient",
    previous=["my son is 2 and has an ear infection"], patient={"age": 2, "sex": "male"},
    must_not=CHILD_NOT, note="Recurrent AOM -> ENT referral.")
add("which-09", "Which specialist does knee replacement if my arthritis gets really bad?", "knee-osteoarthritis",
    "which_clinician", [[r"orthop(a)?edic", r"surgeon"]], audience="patient", note="Knee OA surgery -> orthopaedics.")
add("which-10", "Who do I see first for sciatica?", "sciatica", "which_clinician",
    [GP + [r"physiotherap", r"physical therap", r"spin(e|al) (surgeon|specialist)", r"neurosurg", r"orthop(a)?edic"]],
    audience="patient", note="Sciatica -> GP/physio first.")
add("which-11", "Which doctor prescribes isotretinoin for severe acne?", "acne", "which_clinician",
    [[r"dermatolog"]], audience="patient", note="Isotretinoin is dermatologist-initiated.")
add("which-12", "Which specialist for chronic migraine not responding to three preventive drugs?", "migraine",
    "which_clinician", [[r"neurolog", r"headache (specialist|clinic|service|centre|center)"]],
    note="Refractory chronic migraine -> neurology/headache clinic.")
add("which-13", "Who can help with my painful heel (plantar fasciitis)?", "plantar-fasciitis", "which_clinician",
    [GP + [r"podiatr", r"physiotherap", r"physical therap", r"orthop", r"sports (medicine|physician)", r"foot"]],
    audience="patient", note="Plantar fasciitis -> GP/podiatrist/physio.")

# ====================================================================================
# 9. DURATION
# ====================================================================================
add("duration-01", "How long should penicillin be given for strep throat?", "streptococcal-pharyngitis", "duration",
    [[r"\b10 days", r"\bten days", r"5[– -]?(to )?10 days", r"five to ten", r"\b5 days"]], note="10 days (IDSA) / 5–10 days (NICE).")
add("duration-02", "how long do I take the tablets for?", "herpes-zoster", "duration",
    [[r"\b7 days", r"seven days", r"\b1 week", r"one week", r"a week"]], audience="patient",
    previous=["what are the treatments for shingles?"], note="Follow-up: antiviral course 7 days.")
add("duration-03", "How long should anticoagulation continue after a DVT provoked by surgery?", "venous-thromboembolism",
    "duration", [[r"3 months", r"three months", r"90 days"]], note="Provoked DVT: 3 months.")
add("duration-04", "Once I feel better on my antidepressant, how long should I keep taking it?", "depression", "duration",
    [[r"6 months", r"six months", r"4[– -]9 months", r"9 months", r"(6|six)[– -]?(to )?(9|nine|12|twelve) months", r"\bmonths\b"]],
    audience="patient", note="Continue at least 6 months after remission.")
add("duration-05", "How many days of antibiotics for uncomplicated cystitis?", "uncomplicated-cystitis", "duration",
    [[r"3 days", r"three days", r"5 days", r"five days", r"single dose", r"one dose"]], note="3 days / 5 days nitrofurantoin / single fosfomycin.")
add("duration-06", "How long should someone stay on alendronate before a review or drug holiday?", "osteoporosis",
    "duration", [[r"5 years", r"five years", r"3 years", r"three years", r"10 years"]], note="Review after 5 years oral.")
add("duration-07", "How long do concussion symptoms usually last?", "concussion", "duration",
    [[r"days", r"weeks", r"10[– -]14", r"2[– -]4", r"month"]], audience="patient", note="Most resolve within weeks.")
add("duration-08", "How long does it take to recover from Bell's palsy?", "bells-palsy", "duration",
    [[r"weeks", r"months"]], audience="patient", note="Improvement within ~3 weeks; most recover by 3–6 months.")
add("duration-09", "How long should antibiotics be given for non-severe community-acquired pneumonia?",
    "community-acquired-pneumonia", "duration", [[r"\b5 days", r"five days", r"5[– -]7 days"]], note="5 days.")
add("duration-10", "How long will my toddler's diarrhoea and vomiting last?", "acute-gastroenteritis-children", "duration",
    [[r"5[– -]7 days", r"(2|two) weeks", r"1[– -]2 days", r"3 days", r"a week", r"7 days", r"few days"]],
    must_not=CHILD_NOT + [r"loperamide"], audience="patient", patient={"age": 2},
    note="Diarrhoea 5–7 days (<2 weeks), vomiting 1–2 days (<3 days).")
add("duration-11", "How long is doxycycline given for erythema migrans?", "lyme-disease", "duration",
    [[r"\b10\b", r"\b14\b", r"\b21\b", r"\bten\b", r"fourteen", r"twenty[- ]one"]], note="10 days (IDSA) to 21 days (NICE).")
add("duration-12", "How long should varenicline be taken?", "smoking-cessation", "duration",
    [[r"12 weeks", r"twelve weeks", r"3 months", r"three months"]], note="12 weeks (+ optional further 12).")
add("duration-13", "How long should anticoagulation last after an unprovoked PE?", "venous-thromboembolism", "duration",
    [[r"indefinite", r"long[- ]term", r"extended", r"beyond (3|three) months", r"continu"]],
    note="Unprovoked PE: consider extended/indefinite anticoagulation.")

# ====================================================================================
# 10. SIDE EFFECTS / INTERACTIONS
# ====================================================================================
add("adverse-01", "What are the common side effects of metformin?", "type-2-diabetes", "side_effects",
    [[r"diarrh", r"nausea", r"stomach", r"gastro", r"\bGI\b", r"bloat", r"abdominal"]], audience="patient",
    note="GI side effects (also B12).")
add("adverse-02", "Can statins cause muscle pain?", "lipids-statins", "side_effects",
    [[r"muscle", r"myalgia", r"myopathy"]], audience="patient", note="Statin muscle symptoms.")
add("adverse-03", "What side effects should I know about before starting isotretinoin?", "acne", "side_effects",
    [[r"birth defect", r"teratogen", r"pregnan"], [r"dry", r"cheil", r"lips"]], audience="patient",
    note="Teratogenicity and dry skin/lips.")
add("adverse-04", "Serious side effects of allopurinol?", "gout", "side_effects",
    [[r"rash", r"hypersensitivity", r"skin reaction", r"Stevens", r"DRESS"]], note="Hypersensitivity/rash (HLA-B*58:01).")
add("adverse-05", "I'm on simvastatin and have been prescribed clarithromycin. Is that a problem?", "lipids-statins",
    "interactions", [[r"muscle", r"myopathy", r"rhabdo", r"myalgia", r"interact"],
                     [r"stop", r"pause", r"withh(o|e)ld", r"suspend", r"switch", r"avoid", r"not (be )?(taken|combined)"]],
    must_not=[r"no (significant |known )?interaction"], audience="patient",
    patient={"drugs": ["simvastatin", "clarithromycin"]}, note="CYP3A4 interaction -> hold simvastatin.")
add("adverse-06", "I take apixaban for AF. Can I take ibuprofen for back pain?", "atrial-fibrillation", "interactions",
    [[r"bleed"]], must_not=[r"ibuprofen is (fine|safe)", r"safe to take ibuprofen"], audience="patient",
    patient={"drugs": ["apixaban"], "comorbidities": ["atrial fibrillation"]}, note="DOAC + NSAID -> bleeding.")
add("adverse-07", "Is it OK to take sumatriptan while I'm on sertraline?", "migraine", "interactions",
    [[r"serotonin"]], audience="patient", patient={"drugs": ["sertraline"]},
    must_not=[r"never (take|use|combine)"], note="Serotonin syndrome risk (low) to be mentioned.")
add("adverse-08", "Patient on colchicine for gout is prescribed clarithromycin. Any concern?", "gout", "interactions",
    [[r"toxic", r"interact", r"avoid", r"reduce", r"not (be )?(taken|used|combined)", r"withh(o|e)ld", r"stop"]],
    must_not=[r"no (significant |known )?interaction"], patient={"drugs": ["colchicine", "clarithromycin"]},
    note="Colchicine + strong CYP3A4/P-gp inhibitor -> toxicity.")
add("adverse-09", "is it safe to take omeprazole for years?", "gerd", "side_effects",
    [[r"fracture", r"magnesium", r"B12", r"C\.? ?diff", r"Clostridi", r"infection", r"pneumonia", r"kidney", r"lowest (effective )?dose",
      r"review"]], audience="patient", previous=["I have acid reflux"], patient={"drugs": ["omeprazole"]},
    must_not=[r"no (known )?(long[- ]term )?(risks|side effects)"], note="Long-term PPI risks.")
add("adverse-10", "What side effects can SSRIs cause in the first weeks?", "depression", "side_effects",
    [[r"nausea", r"sexual", r"stomach", r"\bGI\b", r"gastro", r"headache", r"agitation", r"anxiety", r"sleep", r"insomnia",
      r"sweat", r"suicid"]], note="Early SSRI adverse effects.")
add("adverse-11", "What are the side effects of a steroid preventer inhaler?", "asthma", "side_effects",
    [[r"thrush", r"candid", r"hoars", r"dysphonia", r"voice"]], audience="patient", note="Oral candidiasis, dysphonia.")
add("adverse-12", "Side effects of alendronate?", "osteoporosis", "side_effects",
    [[r"oesophag", r"esophag", r"heartburn", r"stomach", r"reflux", r"jaw", r"osteonecrosis", r"atypical (femoral|femur)",
      r"indigestion", r"\bGI\b"]], note="Upper GI, ONJ, atypical femoral fracture.")
add("adverse-13", "Switching from ramipril to sacubitril/valsartan: what precaution?", "heart-failure-reduced-ef",
    "interactions", [[r"36 ?(hours|h\b)", r"angioedema"]], must_not=[r"start (it )?the same day"],
    patient={"drugs": ["ramipril"]}, note="36-hour ACE-inhibitor washout (angioedema).")
add("adverse-14", "Can someone on oxycodone for chronic pain start naltrexone for alcohol dependence?", "alcohol-use-disorder",
    "interactions", [[r"withdrawal", r"opioid", r"not (be )?(used|taken|given|started)", r"contraindicated", r"block"]],
    must_not=[r"naltrexone (is|would be) (fine|safe) with (opioids|oxycodone)"], patient={"drugs": ["oxycodone"]},
    note="Naltrexone contraindicated with opioids.")
add("adverse-15", "What side effects does varenicline have?", "smoking-cessation", "side_effects",
    [[r"nausea", r"dream", r"sleep", r"insomnia"]], audience="patient", note="Nausea, abnormal dreams.")
add("adverse-16", "Can I drink alcohol during my H. pylori treatment with metronidazole?", "h-pylori", "interactions",
    [[r"alcohol"], [r"avoid", r"\bnot\b", r"don'?t", r"disulfiram", r"\bno\b"]], audience="patient",
    patient={"drugs": ["metronidazole"]}, must_not=[r"alcohol is (fine|ok|safe)"],
    note="Avoid alcohol with metronidazole.")

# ====================================================================================
# 11. OTHER ASKS
# ====================================================================================
# --- next_step
add("next-01", "Adult asthma still uncontrolled on low-dose ICS with good technique and adherence: next step?", "asthma",
    "next_step", [[r"formoterol", r"\bLABA\b", r"\bMART\b", r"\bSMART\b", r"step up", r"medium[- ]dose", r"montelukast", r"\bLTRA\b",
                   r"increase"]], note="GINA/NICE step-up.")
add("next-02", "BP still 150/95 on full-dose ACE inhibitor plus amlodipine: next drug?", "hypertension", "next_step",
    [[r"thiazide", r"indapamide", r"chlortalidone", r"chlorthalidone", r"diuretic"]],
    patient={"drugs": ["ACE inhibitor", "amlodipine"]}, must_not=[r"add (an )?ARB"],
    note="Step 3: add thiazide-like diuretic (not ARB with ACEi).")
add("next-03", "Type 2 diabetes, HbA1c 64 after 6 months of metformin, no cardiovascular or kidney disease: what next?",
    "type-2-diabetes", "next_step",
    [[r"SGLT-?2", r"GLP-?1", r"DPP-?4", r"sulfonylurea", r"sulphonylurea", r"gliptin", r"gliflozin", r"semaglutide",
      r"pioglitazone", r"insulin", r"tirzepatide", r"second (drug|agent|medicine)", r"add"]],
    patient={"drugs": ["metformin"], "negated": ["cardiovascular disease", "kidney disease"]},
    must_not=[NEG_PRESENT], note="Intensify with second agent.")
add("next-04", "No response after 8 weeks of sertraline 100 mg taken every day. What now?", "depression", "next_step",
    [[r"switch", r"increase", r"higher dose", r"different antidepressant", r"augment", r"\badd", r"psycholog", r"\bCBT\b",
      r"review"]], patient={"drugs": ["sertraline"]}, must_not=[r"stop all (treatment|medication)"],
    note="Non-response: optimise/switch/add therapy.")
add("next-05", "H. pylori still positive after clarithromycin triple therapy. What's the second-line?", "h-pylori",
    "next_step", [[r"bismuth", r"levofloxacin", r"quadruple", r"second[- ]line", r"rifabutin", r"susceptib", r"culture",
                   r"different"]], must_not=[r"repeat (the same )?clarithromycin"],
    note="Don't repeat clarithromycin; bismuth quadruple or levofloxacin.")
add("next-06", "Migraine 6 days a month despite good acute treatment: what preventive options?", "migraine", "next_step",
    [[r"propranolol", r"topiramate", r"amitriptyline", r"candesartan", r"CGRP", r"erenumab", r"fremanezumab",
      r"galcanezumab", r"eptinezumab", r"atogepant", r"rimegepant", r"metoprolol", r"botulinum", r"valproate"]],
    note="Prophylaxis options.")
add("next-07", "Heel pain from plantar fasciitis for 9 months despite stretching and insoles. What's next?",
    "plantar-fasciitis", "next_step",
    [[r"shock ?wave", r"\bESWT\b", r"referr", r"specialist", r"podiatr", r"orthotic", r"injection", r"steroid", r"night splint"]],
    note="Refractory PF: ESWT/referral.")
add("next-08", "Sciatica with new saddle numbness and difficulty passing urine. What should happen?", "sciatica",
    "next_step", [[r"emergency", r"urgent", r"immediate", r"same[- ]day", r"A&E", r"\bED\b", r"hospital", r"MRI", r"999", r"911"]],
    note="Cauda equina red flags -> emergency.")

# --- drug_choice / treatment
add("choice-01", "AF with fast ventricular rate, normal LV function: first-line rate control drug?", "atrial-fibrillation",
    "drug_choice", [[r"beta[- ]?blocker", r"bisoprolol", r"metoprolol", r"atenolol", r"diltiazem", r"verapamil",
                     r"calcium[- ]channel"]], note="Beta-blocker or rate-limiting CCB.")
add("choice-02", "Which drug classes make up guideline-directed therapy for HFrEF?", "heart-failure-reduced-ef",
    "drug_choice", [[r"\bACE[- ]?inhibitor", r"\bARBs?\b", r"\bARNI\b", r"sacubitril", r"Entresto", r"angiotensin"],
                    [r"beta[- ]?blocker", r"bisoprolol", r"carvedilol", r"metoprolol"],
                    [r"SGLT-?2", r"dapagliflozin", r"empagliflozin", r"gliflozin"]], note="Four pillars.")
add("choice-03", "Which weight-loss injections are available for obesity?", "obesity", "drug_choice",
    [[r"semaglutide", r"Wegovy", r"tirzepatide", r"Zepbound", r"Mounjaro", r"liraglutide", r"Saxenda", r"GLP-?1"]],
    audience="patient", note="GLP-1 RA / dual agonist.")
add("choice-04", "Which medicines help prevent relapse in alcohol dependence after detox?", "alcohol-use-disorder",
    "drug_choice", [[r"acamprosate", r"naltrexone", r"disulfiram", r"nalmefene"]], note="Relapse-prevention drugs.")
add("treat-01", "How is alcohol withdrawal managed in a patient admitted after heavy daily drinking?", "alcohol-use-disorder",
    "treatment", [[r"chlordiazepoxide", r"diazepam", r"benzodiazepine", r"lorazepam", r"oxazepam"],
                  [r"thiamine", r"vitamin B1", r"Pabrinex"]], note="Benzodiazepine + thiamine.")
add("treat-02", "How should a suspected anaphylaxis be treated first?", "anaphylaxis", "treatment",
    [[r"adrenaline", r"epinephrine"], [r"intramuscular", r"\bIM\b", r"thigh", r"auto-?injector", r"EpiPen"]],
    note="IM adrenaline first.")
add("treat-03", "My 2-year-old has diarrhoea and vomiting. How do I treat it at home?", "acute-gastroenteritis-children",
    "treatment", [[r"oral rehydration", r"\bORS\b", r"rehydration (solution|salts)", r"Dioralyte", r"Pedialyte", r"fluids"]],
    must_not=CHILD_NOT + [r"loperamide", r"Imodium"], audience="patient", patient={"age": 2},
    note="ORS, continue feeding; no antidiarrhoeals.")
add("treat-04", "My 6-week-old baby has a temperature of 38.2. What should I do?", "fever-infants", "next_step",
    [[r"urgent", r"emergency", r"immediately", r"hospital", r"A&E", r"\bED\b", r"same[- ]day", r"999", r"911", r"right away"]], must_not=CHILD_NOT + [r"wait (and see|it out)"], audience="patient", patient={"age_weeks": 6},
    note="Fever under 3 months = high risk, urgent assessment.")
add("treat-05", "3-year-old with earache for a day, mild fever, otherwise well. Does she need antibiotics?",
    "acute-otitis-media", "treatment",
    [[r"paracetamol", r"acetaminophen", r"ibuprofen", r"pain relief", r"analgesi", r"painkiller"],
     [r"watch", r"wait", r"observ", r"delayed", r"back-?up", r"(get better|resolve)", r"without antibiotics", r"not (usually )?need"]],
    must_not=CHILD_NOT, audience="patient", patient={"age": 3, "sex": "female"},
    note="Uncomplicated AOM: analgesia, watchful waiting.")
add("treat-06", "Blocked nose and facial pain for 5 days with a cold. Do I need antibiotics for my sinuses?",
    "acute-rhinosinusitis", "treatment",
    [[r"viral", r"not (usually |routinely )?(needed|required|recommended|necessary)", r"self[- ]care", r"no antibiotics",
      r"without antibiotics", r"nasal (saline|irrigation|steroid)", r"don'?t need"]],
    audience="patient", note="Acute sinusitis < 10 days: usually viral, no antibiotics.")
add("treat-07", "How is BPPV treated?", "bppv", "treatment", [[r"Epley", r"canalith", r"repositioning", r"Semont"]],
    note="Repositioning manoeuvre.")
add("treat-08", "Bell's palsy seen on day 1: what treatment?", "bells-palsy", "treatment",
    [[r"prednisolone", r"prednisone", r"steroid", r"corticosteroid"], [r"eye", r"72 ?hours", r"3 days", r"three days"]],
    note="Steroids within 72 h + eye care.")
add("treat-09", "Mild plaque psoriasis on elbows and knees: first-line topical?", "psoriasis", "treatment",
    [[r"steroid", r"corticosteroid", r"calcipotriol", r"calcipotriene", r"vitamin D (analogue|analog)", r"Dovobet", r"Enstilar"]],
    note="Potent steroid + vitamin D analogue.")
add("treat-10", "Mild acne with blackheads and a few spots in a teenager: what to try first?", "acne", "treatment",
    [[r"benzoyl peroxide", r"retinoid", r"adapalene", r"tretinoin", r"azelaic", r"clindamycin", r"topical"]],
    audience="patient", patient={"age_group": "teenager"}, must_not=[r"isotretinoin (is|as) (the )?first"], note="Topicals first.")
add("treat-11", "How is childhood eczema treated?", "atopic-dermatitis", "treatment",
    [[r"emollient", r"moistur"], [r"steroid", r"corticosteroid", r"hydrocortisone"]], audience="patient",
    note="Emollients + topical steroids.")
add("treat-12", "What's the treatment for fibromyalgia?", "fibromyalgia", "treatment",
    [[r"exercise", r"physical activity"]], audience="patient", note="Exercise is the core recommendation.")
add("treat-13", "What's the first-line treatment for chronic insomnia?", "insomnia", "treatment",
    [[r"\bCBT", r"cognitive behaviou?ral"]], note="CBT-I first line.")
add("treat-14", "Chronic low back pain for 8 months. What treatments actually work?", "low-back-pain-chronic", "treatment",
    [[r"exercise", r"physical activity", r"physio", r"yoga", r"tai chi", r"psycholog", r"\bCBT\b"]], audience="patient",
    must_not=[r"opioids? (are|is) (recommended|first)"], note="Exercise-based.")
add("treat-15", "Irritable bowel syndrome with bloating and cramps: what helps?", "irritable-bowel-syndrome", "treatment",
    [[r"diet", r"FODMAP", r"fib(re|er)", r"antispasmod", r"peppermint", r"lifestyle", r"exercise"]], audience="patient",
    note="Diet/antispasmodics.")
add("treat-16", "How is generalised anxiety disorder treated?", "generalised-anxiety", "treatment",
    [[r"\bCBT\b", r"cognitive", r"psycholog", r"\bSSRIs?\b", r"sertraline", r"escitalopram", r"\bSNRIs?\b", r"duloxetine",
      r"venlafaxine", r"self[- ]help"]], note="CBT / SSRI.")
add("treat-17", "Proximal hamstring tendinopathy in a runner: management?", "proximal-hamstring-tendinopathy", "treatment",
    [[r"load", r"exercise", r"strength", r"isometric", r"eccentric", r"physio", r"rehab"]], note="Progressive loading.")
add("treat-18", "Deep buttock pain when sitting, they think it's piriformis syndrome. How is it treated?",
    "piriformis-deep-gluteal", "treatment",
    [[r"stretch", r"exercise", r"physio", r"physical therap", r"injection", r"rehab", r"strength"]], audience="patient",
    note="Conservative first.")
add("treat-19", "I twisted my ankle playing football yesterday. How should I look after it?", "ankle-sprain", "treatment",
    [[r"\bP?RICE\b", r"POLICE", r"\bice\b", r"elevat", r"brace", r"support", r"exercise", r"weight[- ]?bear", r"rehab",
      r"compression"]], audience="patient", note="Functional treatment.")
add("treat-20", "Tension-type headaches a few times a month: what can I take?", "tension-type-headache", "treatment",
    [[r"paracetamol", r"acetaminophen", r"ibuprofen", r"aspirin", r"NSAID", r"analgesi", r"painkiller", r"naproxen"]],
    audience="patient", note="Simple analgesics.")
add("treat-21", "First-line approach for chronic constipation in adults?", "constipation", "treatment",
    [[r"fib(re|er)", r"fluid", r"bulk", r"ispaghula", r"psyllium", r"macrogol", r"laxative", r"osmotic", r"polyethylene"]],
    note="Fibre/fluids then laxatives.")
add("treat-22", "Mechanical neck pain for 3 weeks at a desk job: what helps?", "neck-pain", "treatment",
    [[r"exercise", r"(keep|stay) (moving|active)", r"physio", r"manual", r"mobil", r"analgesi", r"NSAID", r"painkiller"]],
    audience="patient", note="Stay active, exercise.")
add("treat-23", "How should knee osteoarthritis be managed initially?", "knee-osteoarthritis", "treatment",
    [[r"exercise", r"strengthen", r"physio"]], note="Exercise core.")
add("treat-24", "Hip osteoarthritis in a 65-year-old: core treatment?", "hip-osteoarthritis", "treatment",
    [[r"exercise", r"strengthen", r"physio", r"weight"]], patient={"age": 65}, note="Exercise/weight.")
add("treat-25", "Rotator cuff shoulder pain for 6 weeks: best treatment?", "rotator-cuff-tendinopathy", "treatment",
    [[r"exercise", r"physio", r"physical therap", r"rehab"]], audience="patient", note="Exercise-based rehab.")
add("treat-26", "Obesity BMI 36 with no other conditions: what does treatment involve?", "obesity", "treatment",
    [[r"diet", r"lifestyle", r"physical activity", r"exercise", r"calori", r"behaviou?r"]], audience="patient",
    note="Lifestyle core.")
add("treat-27", "Return to sport after a concussion in a teenage footballer: how?", "concussion", "treatment",
    [[r"graded", r"gradual", r"step", r"stage", r"symptom[- ]free", r"rest", r"24[– -]48 hours", r"medical clearance",
      r"return[- ]to[- ](learn|school|play|sport)"]], patient={"age": 16}, must_not=[r"same[- ]day return"],
    note="Graded return to learn/sport.")
add("treat-28", "Blood pressure target for a 60-year-old on treatment?", "hypertension", "treatment",
    [[r"130/80", r"140/90", r"135/85", r"\b130\b", r"\b140\b"]], patient={"age": 60}, note="Target <130/80 or <140/90.")

# --- diagnosis
add("diag-01", "How is BPPV diagnosed?", "bppv", "diagnosis", [[r"Dix[- ]?Hallpike", r"supine roll", r"roll test"]],
    note="Dix-Hallpike.")
add("diag-02", "What tests confirm carpal tunnel syndrome?", "carpal-tunnel-syndrome", "diagnosis",
    [[r"nerve conduction", r"electrodiagnos", r"\bEMG\b", r"clinical", r"Phalen", r"Tinel", r"history", r"ultrasound"]],
    note="Clinical +/- nerve conduction.")
add("diag-03", "Do I need an x-ray for my sprained ankle?", "ankle-sprain", "diagnosis",
    [[r"Ottawa", r"bear weight", r"weight[- ]bearing", r"bone tenderness"]], audience="patient", note="Ottawa ankle rules.")
add("diag-04", "What test checks for H. pylori, and do I need to stop anything before it?", "h-pylori", "diagnosis",
    [[r"breath test", r"stool antigen", r"\bUBT\b"], [r"\bPPIs?\b", r"proton pump", r"omeprazole", r"antibiotic", r"2 weeks",
                                                    r"two weeks", r"4 weeks", r"four weeks"]],
    audience="patient", note="UBT/stool antigen; stop PPI 2 weeks, antibiotics 4 weeks.")
add("diag-05", "How is osteoporosis diagnosed?", "osteoporosis", "diagnosis",
    [[r"\bDXA\b", r"\bDEXA\b", r"bone (mineral )?density", r"\bBMD\b", r"T-?score", r"fragility fracture"]],
    note="DXA/T-score or fragility fracture.")
add("diag-06", "How do you test for albuminuria in CKD?", "ckd-albuminuria", "diagnosis",
    [[r"\bACR\b", r"albumin[- ]?(to[- ]|:|/)creatinine", r"urine albumin"]], note="Urine ACR.")
add("diag-07", "How can I tell if a sore throat is strep and needs antibiotics?", "streptococcal-pharyngitis", "diagnosis",
    [[r"Centor", r"FeverPAIN", r"McIsaac", r"rapid (antigen|strep)", r"\bRADT\b", r"throat (swab|culture)", r"\btest"]],
    note="Clinical scores / rapid test.")
add("diag-08", "Suspected DVT in the calf: diagnostic approach?", "venous-thromboembolism", "diagnosis",
    [[r"Wells", r"D-?dimer", r"ultrasound", r"duplex", r"compression"]], note="Wells + D-dimer + ultrasound.")
add("diag-09", "Which adults with head injury need a CT head scan?", "concussion", "diagnosis",
    [[r"Canadian", r"CT head rule", r"NICE", r"red flag", r"\bGCS\b", r"Glasgow", r"vomit", r"loss of consciousness",
      r"anticoagul", r"seizure", r"skull fracture", r"\b65\b"]], note="CT head rules.")
add("diag-10", "Pneumonia in the community: how do I decide on hospital admission?", "community-acquired-pneumonia",
    "diagnosis", [[r"CURB-?65", r"CRB-?65", r"\bPSI\b", r"pneumonia severity index", r"PORT"]], note="Severity scores.")
add("diag-11", "How is high blood pressure confirmed before starting treatment?", "hypertension", "diagnosis",
    [[r"ambulatory", r"\bABPM\b", r"home (blood pressure|BP|monitoring|readings)", r"\bHBPM\b", r"out[- ]of[- ]office"]],
    audience="patient", note="ABPM/HBPM.")
add("diag-12", "Iron deficiency anaemia in a 65-year-old man: what investigations for the cause?", "iron-deficiency-anaemia",
    "diagnosis", [[r"endoscop", r"colonoscop", r"gastroscop", r"\bOGD\b", r"bowel", r"\bGI\b", r"gastrointestinal", r"coeliac",
                   r"celiac"]], patient={"age": 65, "sex": "male"}, note="GI investigation.")

# --- cause
add("cause-01", "What causes gout?", "gout", "cause", [[r"uric acid", r"urate"]], audience="patient", note="Urate crystals.")
add("cause-02", "What causes Lyme disease?", "lyme-disease", "cause", [[r"Borrelia", r"bacteri"], [r"tick"]],
    audience="patient", note="Borrelia via ticks.")
add("cause-03", "Why do people get shingles?", "herpes-zoster", "cause", [[r"chickenpox", r"varicella"]], audience="patient",
    note="VZV reactivation.")
add("cause-04", "What causes the spinning with BPPV?", "bppv", "cause",
    [[r"crystal", r"otocon", r"otolith", r"canalith", r"calcium"]], audience="patient", note="Displaced otoconia.")
add("cause-05", "What is actually happening in carpal tunnel syndrome?", "carpal-tunnel-syndrome", "cause",
    [[r"median nerve"]], audience="patient", note="Median nerve compression.")
add("cause-06", "What usually causes iron deficiency anaemia in women of childbearing age?", "iron-deficiency-anaemia", "cause",
    [[r"menstrua", r"period", r"blood loss"]], patient={"sex": "female"}, note="Menstrual blood loss.")

# --- prognosis
add("prog-01", "Will my acute back pain get better?", "low-back-pain-acute", "prognosis",
    [[r"weeks", r"most (people )?(get better|improve|recover)", r"improve", r"good"]], audience="patient",
    note="Favourable prognosis.")
add("prog-02", "Does tennis elbow go away on its own?", "lateral-epicondylitis", "prognosis",
    [[r"months", r"year", r"self[- ]limiting", r"on (its|their) own", r"most", r"resolve"]], audience="patient",
    note="Self-limiting over months to 1–2 years.")
add("prog-03", "Will my face fully recover from Bell's palsy?", "bells-palsy", "prognosis",
    [[r"most", r"majority", r"\b7\d ?%", r"\b8\d ?%", r"full(y)? recover", r"complete recovery"]], audience="patient",
    note="Most recover fully.")

# --- contagious
add("contag-01", "Can I give shingles to my grandchildren?", "herpes-zoster", "contagious",
    [[r"chickenpox", r"varicella"], [r"crust", r"blister", r"fluid", r"direct contact", r"lesion", r"cover", r"rash"]],
    audience="patient", note="Can transmit VZV (chickenpox) to non-immune until crusted.")
add("contag-02", "When can my child go back to school after starting antibiotics for strep throat?",
    "streptococcal-pharyngitis", "contagious", [[r"24 ?hours", r"12 ?hours", r"a day", r"one day"]], audience="patient",
    must_not=CHILD_NOT, note="After 12–24 h of antibiotics.")
add("contag-03", "How long is a person with flu contagious?", "influenza", "contagious",
    [[r"5[– -]7 days", r"1 day before", r"a day before", r"week", r"7 days", r"days"]], audience="patient",
    note="From ~1 day before to 5–7 days after onset.")
add("contag-04", "When can my son go back to nursery after a stomach bug?", "acute-gastroenteritis-children", "contagious",
    [[r"48 ?hours", r"2 days", r"two days", r"until (the )?(diarrh|symptoms|vomiting)"]], audience="patient",
    must_not=CHILD_NOT, patient={"sex": "male"}, note="48 h after last episode (UK).")
add("contag-05", "Can I catch Lyme disease from my husband?", "lyme-disease", "contagious",
    [[r"not (contagious|spread|transmitted|passed)", r"cannot", r"can'?t", r"\bno\b", r"tick"]], audience="patient",
    note="Not person to person.")

# --- prevention
add("prev-01", "How do I stop gout attacks from coming back long term?", "gout", "prevention",
    [[r"allopurinol", r"urate[- ]lowering", r"febuxostat", r"\bULT\b"]], audience="patient", note="ULT.")
add("prev-02", "Is there a vaccine to prevent shingles and who should get it?", "herpes-zoster", "prevention",
    [[r"Shingrix", r"recombinant", r"vaccin"], [r"\b50\b", r"\b65\b", r"\b70\b", r"older", r"immunocompromised", r"immunosuppressed"]],
    audience="patient", note="RZV for older adults/immunocompromised.")
add("prev-03", "How can I avoid tick bites when hiking?", "lyme-disease", "prevention",
    [[r"repellent", r"\bDEET\b", r"permethrin", r"long (sleeves|trousers|pants)", r"check", r"clothing", r"icaridin",
      r"picaridin"]], audience="patient", note="Bite prevention.")
add("prev-04", "How can recurrent leg cellulitis be prevented?", "cellulitis", "prevention",
    [[r"penicillin", r"phenoxymethylpenicillin", r"prophyla", r"compression", r"oedema", r"edema", r"tinea", r"athlete",
      r"skin care", r"moistur", r"erythromycin"]], note="Treat predisposing factors; prophylactic penicillin.")
add("prev-05", "How can RSV bronchiolitis be prevented in a newborn this winter?", "bronchiolitis", "prevention",
    [[r"nirsevimab", r"Beyfortus", r"palivizumab", r"maternal (RSV )?vaccin", r"Abrysvo", r"monoclonal", r"vaccin"]],
    must_not=CHILD_NOT, note="Nirsevimab / maternal vaccine.")
add("prev-06", "How can I lower my fracture risk with osteoporosis besides medication?", "osteoporosis", "prevention",
    [[r"calcium", r"vitamin D", r"fall", r"exercise", r"weight[- ]bearing", r"smok", r"alcohol"]], audience="patient",
    note="Lifestyle and falls prevention.")

# --- definition
add("def-01", "What is the CHA2DS2-VASc score used for?", "atrial-fibrillation", "definition",
    [[r"stroke"]], note="Stroke risk in AF.")
add("def-02", "What does MART mean for asthma inhalers?", "asthma", "definition",
    [[r"formoterol", r"budesonide"], [r"maintenance and reliever", r"same inhaler", r"single inhaler", r"one inhaler",
                                      r"both (maintenance|regular)"]], audience="patient", note="ICS-formoterol as maintenance + reliever.")
add("def-03", "What is subclinical hypothyroidism?", "hypothyroidism", "definition",
    [[r"TSH"], [r"normal (free )?(T4|thyroxine)", r"(free )?(T4|thyroxine) (is |are |levels? )?(within|in) (the )?(normal|reference)",
                r"FT4 (is )?normal", r"normal FT4", r"within (the )?(normal|reference)", r"normal (range|levels?)"]], note="Raised TSH with normal free T4.")
add("def-04", "What does 'albuminuria' on my kidney test mean?", "ckd-albuminuria", "definition",
    [[r"urine", r"\bwee\b", r"\bpee\b"], [r"albumin", r"protein"]], audience="patient", note="Protein/albumin in urine.")
add("def-05", "What is erythema migrans?", "lyme-disease", "definition",
    [[r"rash"], [r"Lyme", r"tick", r"Borrelia"]], audience="patient", note="Expanding rash of early Lyme.")
add("def-06", "I've been started on a DOAC for a blood clot in my leg. What is a DOAC?", "venous-thromboembolism", "definition",
    [[r"direct oral anticoagulant", r"apixaban", r"rivaroxaban", r"edoxaban", r"dabigatran"]], audience="patient",
    note="Direct oral anticoagulant (AF summary also acceptable).")

# --- comparison
add("comp-01", "Apixaban or warfarin for stroke prevention in AF: which is better?", "atrial-fibrillation", "comparison",
    [[r"monitor", r"\bINR\b", r"blood tests", r"bleed", r"intracranial", r"brain"]], audience="patient",
    note="DOAC preferred: less ICH, no INR monitoring.")
add("comp-02", "Oseltamivir versus baloxavir: what's the difference?", "influenza", "comparison",
    [[r"single dose", r"one dose", r"\bonce\b", r"twice (a )?day", r"5 days", r"five days"]], note="Single dose vs 5-day course.")
add("comp-03", "Is varenicline better than nicotine patches?", "smoking-cessation", "comparison",
    [[r"more effective", r"combination NRT", r"similar", r"as effective", r"better", r"higher quit"]], audience="patient",
    note="Varenicline > single NRT; ~ combination NRT.")
add("comp-04", "Topical or oral NSAIDs for knee osteoarthritis?", "knee-osteoarthritis", "comparison",
    [[r"topical"]], note="Topical first (esp. older).")
add("comp-05", "Alendronate versus denosumab: what should I know?", "osteoporosis", "comparison",
    [[r"bisphosphonate", r"alendron"], [r"rebound", r"stopp", r"discontinu", r"every (6|six) months", r"injection",
                                        r"6[- ]monthly"]], note="Denosumab injection 6-monthly; rebound on stopping.")

# --- how_to_take
add("how-01", "How should I take alendronate?", "osteoporosis", "how_to_take",
    [[r"upright", r"sit(ting)? up", r"stand", r"30 min", r"empty stomach", r"before (breakfast|food)", r"glass of water"]],
    audience="patient", note="Fasting, water, upright 30 min.")
add("how-02", "How should I take my levothyroxine, and with what should I not take it?", "hypothyroidism", "how_to_take",
    [[r"empty stomach", r"before breakfast", r"30[– -]60 min", r"same time", r"morning"],
     [r"iron", r"calcium", r"antacid", r"food", r"coffee"]], audience="patient", note="Fasting; separate from iron/calcium.")
add("how-03", "How do I use a steroid nose spray properly for hay fever?", "allergic-rhinitis", "how_to_take",
    [[r"away from (the )?(middle|septum|centre|center|nose)", r"outer", r"tilt", r"regular", r"daily", r"every day",
      r"sniff gently", r"shake"]], audience="patient", note="Technique and regular use.")
add("how-04", "How do I use an adrenaline auto-injector?", "anaphylaxis", "how_to_take",
    [[r"thigh"]], audience="patient", note="Outer thigh, through clothing.")
add("how-05", "How should I give rehydration solution to my vomiting toddler?", "acute-gastroenteritis-children",
    "how_to_take", [[r"small", r"sip", r"spoon", r"frequent", r"little and often", r"5 ?ml", r"syringe"]],
    must_not=CHILD_NOT, audience="patient", patient={"age": 2}, note="Small frequent amounts.")
add("how-06", "How do I use my GTN spray for angina?", "stable-angina", "how_to_take",
    [[r"under (the|your) tongue", r"sublingual"], [r"5 min", r"five min", r"ambulance", r"999", r"911", r"emergency"]],
    audience="patient", note="Sublingual; repeat after 5 min; call ambulance if not relieved.")
add("how-07", "Best way to take iron tablets?", "iron-deficiency-anaemia", "how_to_take",
    [[r"empty stomach", r"before (food|meals|breakfast)", r"vitamin C", r"orange juice", r"alternate", r"every other day",
      r"once (a )?day", r"tea", r"coffee", r"calcium", r"antacid"]], audience="patient", note="Absorption advice.")

# --- overview
add("over-01", "What is COPD and how is it treated?", "copd", "overview",
    [[r"stop(ping)? smoking", r"smoking cessation", r"quit", r"inhaler", r"bronchodilator", r"pulmonary rehab"]],
    audience="patient", note="Overview.")
add("over-02", "What is fibromyalgia?", "fibromyalgia", "definition",
    [[r"widespread", r"all over", r"chronic pain", r"long[- ]term pain"]], audience="patient", note="Chronic widespread pain.")
add("over-03", "Tell me about atrial fibrillation treatment in general.", "atrial-fibrillation", "overview",
    [[r"anticoagul", r"stroke"], [r"rate", r"rhythm"]], note="Stroke prevention + rate/rhythm.")

add("over-04", "Give me an overview of managing gout: flares and long-term.", "gout", "overview",
    [[r"colchicine", r"NSAID", r"naproxen", r"prednisolone", r"prednisone", r"corticosteroid", r"steroid"],
     [r"allopurinol", r"urate[- ]lowering", r"febuxostat", r"\bULT\b"]], note="Flare treatment + ULT.")
add("over-05", "Overview of primary hypothyroidism management in adults?", "hypothyroidism", "overview",
    [[r"levothyroxine", r"thyroxine"], [r"TSH"]], note="Levothyroxine titrated to TSH.")
add("over-06", "What is chronic kidney disease with albuminuria and how is it managed?", "ckd-albuminuria", "overview",
    [ACE_ARB_MUST], audience="patient", note="RAS blockade core.")

# ====================================================================================
# write
# ====================================================================================
def main():
    rng = random.Random(20240517)
    by_kind = {}
    for it in ITEMS:
        by_kind.setdefault(it["_kind"], []).append(it)
    dev, test = [], []
    for kind in sorted(by_kind):
        group = by_kind[kind][:]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2 and rng.random() < 0.5:
            half += 1
        dev.extend(group[:half])
        test.extend(group[half:])
    rng.shuffle(dev)
    rng.shuffle(test)
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for it in rows:
                out = {k: v for k, v in it.items() if not k.startswith("_")}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"items={len(ITEMS)} dev={len(dev)} test={len(test)}")


if __name__ == "__main__":
    main()
