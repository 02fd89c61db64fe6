# Kineret Coach: what the app teaches (English).
# Facts come only from the project's fact sheet (shared/clinical/kineret-facts.md).
# Keep sentences short and words common (6th-grade level or below).
# Structure (order, region, sources, pictures) lives in assets/content.ron.

## Sources: the name of each document and its date.

source-S0 = MedicineNet page on Kineret (February 2017)
source-S1 = Patient leaflet, RheumInfo, Canada
source-S2 = Drug guide of the American College of Rheumatology (June 2024)
source-S3 = EU overview of Kineret, EMA (December 2021)
source-US-PI = US label for doctors (FDA, 2025)
source-US-PPI = US patient leaflet
source-EU-PL = EU leaflet in the pack (February 2022)
source-EU-SmPC = EU label for doctors (SmPC)
source-SOBI = Pages from the maker, Sobi
source-PDR = PDR drug summary, based on the label (2022)
source-2nd = Other drug guides (drugs.com, MedlinePlus)
source-APP = General advice from this app, not from the label

## 1. How Kineret works

sec-how-title = How Kineret works
sec-how-summary = What it is, what it is for, what to expect.
how-key-what = Kineret is a medicine you inject under your skin. Most people use it once a day.
how-key-il1 = Your body makes a signal called IL-1. IL-1 can cause swelling and pain. Kineret blocks it.
how-key-immune = Kineret calms your immune system. So it can be harder to fight germs.
how-made = Kineret is a copy of a protein your own body makes. It is made by bacteria in a lab.
how-uses-us = In the US, Kineret is approved for three uses:
    • adults with rheumatoid arthritis (RA) when another RA drug did not help.
    • NOMID, a rare disease you are born with.
    • DIRA, another rare disease you are born with.
how-uses-eu = In the EU, Kineret is approved for:
    • adults with rheumatoid arthritis (RA), together with a drug called methotrexate, when methotrexate alone does not help enough.
    • CAPS, a group of rare fever diseases (from 8 months old and 10 kg).
    • FMF, a fever disease that runs in families (from 8 months old and 10 kg).
    • Still's disease (from 8 months old and 10 kg).
    • adults with a COVID-19 lung infection who need oxygen. A blood test (suPAR) must show a high level.
how-covid-us = Kineret is not approved for COVID-19 in the US.
how-kids-us = Kineret is not for children with juvenile rheumatoid arthritis.
how-kids-eu = It is not for children or teens with RA or COVID-19. It is not for babies under 8 months.
how-dose = Your doctor sets your dose. For RA, it is 100 mg once a day. For some rare diseases, it depends on your weight. This app never works out a dose.
how-syringe = Each syringe holds 100 mg of Kineret. Use each syringe one time only.
how-syringe-eu = The syringe in the EU has marks on it. They help you give a smaller dose if your doctor prescribes one. Your nurse will show you how.
how-syringe-us = For NOMID and DIRA, use a new syringe for each dose. Throw away what is left.
how-expect = Many people get red or itchy skin where they inject. This is most common in the first weeks. You will also need blood tests.
how-time = Inject at about the same time each day.

## 2. Giving your injection, step by step

sec-steps-title = Giving your injection, step by step
sec-steps-summary = From the fridge to the sharps box.
steps-key-trained = Only inject yourself after a nurse or doctor has trained you.
steps-key-leaflet = Follow the leaflet in your pack and what your nurse showed you.
steps-key-new = Use a new syringe every time.
step-warm = Take one syringe out of the fridge. Take it out of the box. Let it warm up for about 30 minutes.
step-no-heat = Do not warm it any other way. No microwave. No hot water. You may hold it in your hand for a few minutes.
step-no-shake = Do not shake it. If it looks foamy, let it sit until the foam is gone.
step-check = Look at the liquid. It should be clear. It can have no color or be a bit white. A few small white bits are OK.
step-check-bad = Do not use it if the liquid is cloudy, has changed color, or has other bits in it. Do not use it if it has a lot of bits.
step-wash = Wash your hands.
step-site = Pick your spot. Use an allowed area. Stay at least 2.5 cm (1 inch) from your last spots.
step-inject = Inject under the skin, the way your nurse showed you.
step-once = Use the syringe one time only. Do not use any liquid left in it.
step-sharps = Put the used syringe in a sharps box right away. It is a hard box that needles cannot poke through.
steps-other = This app shows only some of the steps. For every step, follow the leaflet in your pack and what your nurse showed you.
steps-bin = When the sharps box is full, ask your nurse or pharmacist how to get rid of it. Follow your local rules.

## 3. Choosing your injection site

sec-sites-title = Choosing your injection site
sec-sites-summary = Where to inject, and how to move your spot each day.
sites-key-areas = There are four areas you can use: the outer upper arms, the belly, the front of the thighs, and the upper outer buttocks.
sites-key-navel = Never inject within 5 cm (2 inches) of your belly button.
sites-key-move = Use a new spot each time. Keep it at least 2.5 cm (1 inch) from your last spots.
sites-arm = Arms: the outer area of the upper arm.
sites-belly = Belly: leave out the circle of 5 cm (2 inches) around the belly button.
sites-thigh = Thighs: the front of the thigh, in the middle.
sites-buttock = Buttocks: the upper outer part.
sites-avoid = Do not inject into skin that is sore, swollen, bruised, red or hard. Stay away from scars, stretch marks and veins you can see.
sites-self = If you inject yourself, the belly and thighs are easiest. The arms and buttocks are best when someone else gives the shot.
sites-vary-eu = The EU overview says to change the spot each time. This helps avoid soreness.

## 4. Storing Kineret

sec-storage-title = Storing Kineret
sec-storage-summary = Fridge, cold, dark, and what to do if it froze.
storage-key-fridge = Keep Kineret in the fridge, at 2 to 8 °C (36 to 46 °F).
storage-key-freeze = Never freeze it. If it may have frozen, do not use it.
storage-key-light = Keep the syringes in their box. This keeps out the light.
storage-out-eu = Out of the fridge: once a syringe has warmed up to room temperature (up to 25 °C), use it within 72 hours or throw it away. Do not put it back in the fridge.
storage-out-us = Out of the fridge: ask your pharmacist how long a syringe can stay at room temperature.
storage-travel = Going on a trip? Plan how to keep it cold. Ask your pharmacist for help.
storage-children = Keep it where children cannot see or reach it.
storage-expiry = Do not use it after the date on the label.

## 5. Side effects

sec-side-title = Side effects
sec-side-summary = What is common, what is serious, and your blood tests.
side-key-skin = Red, swollen, bruised or itchy skin where you inject is the most common side effect. It is most often mild.
side-key-fade = These skin problems often start in the first 2 weeks. They most often go away in 4 to 6 weeks.
side-key-infection = Kineret can make infections more likely. Some can be serious.
side-key-blood = You will need blood tests to check your white blood cells.
side-skin-start = About 7 in 10 people get skin problems when they start. If none come in the first month, they are not likely to start later.
side-common-eu = Other very common side effects are headache and higher fat (cholesterol) in the blood.
side-common-us = In people with RA, the most common side effects also include:
    • worse RA.
    • colds and sinus infections.
    • headache.
    • upset stomach (nausea), diarrhea and belly pain.
    • joint pain.
    • feeling like you have the flu.
side-less-eu = Common, in up to 1 in 10 people: low white blood cells, low platelets (cells that help blood clot), and serious infections like a lung infection.
side-uncommon-eu = Less common, in up to 1 in 100 people: a serious allergy, or high liver tests.
side-allergy-eu = A serious allergy can happen. It is not common. See "When to get help" for the signs.
side-allergy-us = A serious allergy can happen. With DIRA, the risk may be higher in the first weeks. See "When to get help" for the signs.
side-liver-eu = Liver problems can happen. They are most often seen in Still's disease, in the first month. Your doctor may check your liver with blood tests.
side-blood-us = Your white blood cells are checked before you start. Then they are checked each month for 3 months. Then every 3 months, for up to 1 year.
side-blood-eu = Your white blood cells are checked before you start. Ask your doctor how often you will need more tests.
side-lump = Tell your doctor about any lump that stays where you inject.

## 6. When to call your doctor / get help now

sec-help-title = When to get help
sec-help-summary = Get help now, call your doctor today, or tell your doctor first.
help-key-allergy = Signs of a serious allergy are an emergency. Get help now.
help-key-infection = A fever or signs of an infection? Call your doctor today.
help-key-before = Planning surgery, a vaccine, or a pregnancy? Tell your doctor first.
help-now-intro = If you have any of these signs of a serious allergy, get help now. Call an ambulance or go to the emergency room. Do not inject again.
help-now-call-us = In the US, call 911.
help-now-call-eu = In the EU, call 112.
help-now-swelling = Swelling of the face, tongue or throat.
help-now-breathing = Trouble breathing or swallowing.
help-now-pulse = A sudden fast heartbeat or sweating.
help-now-rash = Itchy skin or a rash all over your body (not just where you inject).
help-now-wheeze = Wheezing after an injection.
help-now-dress-eu = A rash that spreads or skin that peels, with fever or swollen glands.
help-soon-intro = Call your doctor today. Do not wait for your next visit. Call if you have:
help-soon-fever = A fever, or you think you have an infection.
help-soon-high-fever = A high fever that does not go away, chills, cough, headache, or red and sore skin.
help-soon-low-fever = A low fever that does not go away, weight loss, or a cough that does not go away.
help-soon-liver-eu = Yellow skin or eyes, dark pee, pale poop, or no wish to eat.
help-soon-lung-eu = With Still's disease: short of breath with light activity, or a cough in the morning. If breathing is hard, get help now.
help-soon-new-rash = A new rash.
help-soon-site = A bad skin reaction where you inject.
help-soon-worry = Side effects that worry you, or you want to stop Kineret.
help-before-intro = Tell your doctor first, or as soon as you can, if:
help-before-antibiotics = Another doctor gives you antibiotics.
help-before-surgery = You are going to have surgery.
help-before-pregnancy = You are pregnant, or plan to be.
help-before-vaccine = You plan to get any vaccine.
## 7. Safety checks

sec-safety-title = Safety checks
sec-safety-summary = Who should not use it, other medicines, pregnancy, missed doses.
safety-key-allergy = Do not use Kineret if you are allergic to it. Do not use it if you are allergic to proteins made with E. coli germs.
safety-key-infection = Do not start Kineret while you have an infection.
safety-key-vaccine = Do not get live vaccines while you use Kineret.
safety-neutro-eu = Do not start Kineret if your white blood cell count is low.
safety-tnf = Do not use it with a TNF blocker, like etanercept (Enbrel) or infliximab (Remicade). Together they raise the risk of serious infections.
safety-tell = Tell your doctor if you have had many infections, TB, asthma or cancer.
safety-tell-kidney = Tell your doctor if you have kidney problems.
safety-tell-liver-eu = Tell your doctor if you have had high liver tests.
safety-warfarin-eu = Do you take warfarin or phenytoin? Your doctor may need to change that dose.
safety-pregnancy-us = Pregnancy: no one knows if Kineret can harm an unborn baby. Talk with your doctor.
safety-pregnancy-eu = Pregnancy: Kineret is not advised when you are pregnant. If you could get pregnant, use birth control.
safety-breastfeeding-us = Breastfeeding: no one knows if Kineret gets into breast milk. Decide with your doctor.
safety-breastfeeding-eu = Breastfeeding: do not breastfeed while you use Kineret.
safety-missed-us = Missed a dose? Ask your doctor or pharmacist what to do.
safety-missed-eu = Missed a dose? Call your doctor. Ask when to take the next one.
safety-too-much-eu = Injected too much? Serious problems are not expected. Still, call your doctor, nurse or pharmacist.
safety-stop-us = With NOMID or DIRA, stopping can make the disease flare up. Talk with your doctor before you stop.
safety-latex = The syringe and needle cover are not made with natural rubber latex.
safety-sharps = Put used syringes in a sharps box. Do not put medicine in the sink, toilet or trash. Ask your pharmacist.
