<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>medsynth::gui::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The images a model learns from. Start with the demo dataset of synthetic brain MR slices, or open a folder of your own DICOM or PNG images.</source>
        <translation>Die Bilder, aus denen ein Modell lernt. Beginnen Sie mit dem Demo-Datensatz synthetischer Hirn-MRT-Schichten oder öffnen Sie einen Ordner mit eigenen DICOM- oder PNG-Bildern.</translation>
    </message>
    <message>
        <source>Demo: brain MR</source>
        <translation>Demo: Hirn-MRT</translation>
    </message>
    <message numerus="yes">
        <source>Show the demo dataset: %n synthetic brain MR slices (DICOM).</source>
        <translation>
            <numerusform>Demo-Datensatz anzeigen: %n synthetische Hirn-MRT-Schicht (DICOM).</numerusform>
            <numerusform>Demo-Datensatz anzeigen: %n synthetische Hirn-MRT-Schichten (DICOM).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder...</source>
        <translation>Ordner öffnen...</translation>
    </message>
    <message>
        <source>Show the images of a folder (DICOM, PNG, JPEG, TIFF or BMP; subfolders included).</source>
        <translation>Die Bilder eines Ordners anzeigen (DICOM, PNG, JPEG, TIFF oder BMP; Unterordner eingeschlossen).</translation>
    </message>
    <message>
        <source>Creating the demo dataset: %v of %m images</source>
        <translation>Demo-Datensatz wird erstellt: %v von %m Bildern</translation>
    </message>
    <message>
        <source>This version shows the images only. Tools for whole datasets (grouping DICOM series, labels from folders or a table, splits by patient) come in a later version.</source>
        <translation>Diese Version zeigt nur die Bilder. Werkzeuge für ganze Datensätze (DICOM-Serien gruppieren, Labels aus Ordnern oder einer Tabelle, Aufteilung nach Patient) folgen in einer späteren Version.</translation>
    </message>
    <message>
        <source>Demo dataset: synthetic brain MR slices, %1 x %1 pixels</source>
        <translation>Demo-Datensatz: synthetische Hirn-MRT-Schichten, %1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Being created...</source>
        <translation>Wird erstellt...</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Bilderordner öffnen</translation>
    </message>
    <message>
        <source>Demo dataset not available</source>
        <translation>Demo-Datensatz nicht verfügbar</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>Der Demo-Datensatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DesignPage</name>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Turns a vector of random numbers into an image.</source>
        <translation>Macht aus einem Vektor von Zufallszahlen ein Bild.</translation>
    </message>
    <message>
        <source>Looks at an image and scores how real it seems.</source>
        <translation>Betrachtet ein Bild und bewertet, wie echt es wirkt.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1 (Graustufen)</translation>
    </message>
    <message>
        <source>3 (colour)</source>
        <translation>3 (Farbe)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>No architecture templates are available. The installation may be incomplete.</source>
        <translation>Es sind keine Architekturvorlagen verfügbar. Die Installation ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1 parameters (%2 MB as 32-bit numbers)</source>
        <translation>%1 Parameter (%2 MB als 32-Bit-Zahlen)</translation>
    </message>
    <message>
        <source>Parameter count not available: %1</source>
        <translation>Parameteranzahl nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This template cannot be built with these choices: %1</source>
        <translation>Diese Vorlage lässt sich mit dieser Auswahl nicht aufbauen: %1</translation>
    </message>
    <message>
        <source>This version shows the networks read-only: hover over a block to read what it does, hold Ctrl and turn the mouse wheel to zoom. Editing blocks and connections comes in a later version.</source>
        <translation>Diese Version zeigt die Netze nur zum Ansehen: Fahren Sie mit der Maus über einen Block, um zu lesen, was er tut; halten Sie Strg gedrückt und drehen Sie das Mausrad zum Zoomen. Blöcke und Verbindungen bearbeiten folgt in einer späteren Version.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::MainWindow</name>
    <message>
        <source>MedSynth Workbench</source>
        <translation>MedSynth Workbench</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Comparing runs is not built yet. In a coming version this page will put finished runs side by side: their loss curves and sample grids, image quality scores such as FID and KID, and a check that the model does not simply copy its training images.</source>
        <translation>Das Vergleichen von Trainingsläufen gibt es noch nicht. In einer kommenden Version stellt diese Seite abgeschlossene Läufe nebeneinander: ihre Verlustkurven und Beispielraster, Bildqualitätswerte wie FID und KID sowie eine Prüfung, dass das Modell nicht einfach seine Trainingsbilder kopiert.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Exploring a trained model is not built yet. In a coming version you will open a trained model, move sliders to travel through the space of images it can make, watch one image turn into another, and save the images you like as synthetic DICOM or PNG files.</source>
        <translation>Das Erkunden eines trainierten Modells gibt es noch nicht. In einer kommenden Version öffnen Sie ein trainiertes Modell, bewegen Schieberegler durch den Raum der Bilder, die es erzeugen kann, sehen zu, wie ein Bild in ein anderes übergeht, und speichern die Bilder, die Ihnen gefallen, als synthetische DICOM- oder PNG-Dateien.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The images a model learns from</source>
        <translation>Die Bilder, aus denen ein Modell lernt</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>The networks of a model</source>
        <translation>Die Netze eines Modells</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train a model and watch it learn</source>
        <translation>Ein Modell trainieren und beim Lernen zusehen</translation>
    </message>
    <message>
        <source>Compare runs (not built yet)</source>
        <translation>Läufe vergleichen (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Explore a trained model (not built yet)</source>
        <translation>Ein trainiertes Modell erkunden (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Demo data: %p%</source>
        <translation>Demo-Daten: %p%</translation>
    </message>
    <message>
        <source>The demo dataset is ready.</source>
        <translation>Der Demo-Datensatz ist bereit.</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>Der Demo-Datensatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MedSynth Workbench</source>
        <translation>&amp;Über MedSynth Workbench</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA GPU(s) available.</source>
        <translation>
            <numerusform>%n CUDA-GPU verfügbar.</numerusform>
            <numerusform>%n CUDA-GPUs verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU available: training runs on the CPU (%n core(s)).</source>
        <translation>
            <numerusform>Keine CUDA-GPU verfügbar: Das Training läuft auf der CPU (%n Kern).</numerusform>
            <numerusform>Keine CUDA-GPU verfügbar: Das Training läuft auf der CPU (%n Kerne).</numerusform>
        </translation>
    </message>
    <message>
        <source>About MedSynth Workbench</source>
        <translation>Über MedSynth Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Train and explore generative models on medical images, without programming.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Synthetic images are for research and teaching, not for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Generative Modelle auf medizinischen Bildern trainieren und erkunden, ohne zu programmieren.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Synthetische Bilder dienen Forschung und Lehre, nicht der Diagnose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the demo dataset in the background...</source>
        <translation>Der Demo-Datensatz wird im Hintergrund erstellt...</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainPage</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Demo: brain MR (synthetic)</source>
        <translation>Demo: Hirn-MRT (synthetisch)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Smaller images train much faster; 32 or 64 suits a laptop.</source>
        <translation>Kleinere Bilder trainieren viel schneller; 32 oder 64 passt für einen Laptop.</translation>
    </message>
    <message>
        <source>How many images the networks see at each step.</source>
        <translation>Wie viele Bilder die Netze bei jedem Schritt sehen.</translation>
    </message>
    <message>
        <source>How many times the generator is updated. More steps take longer and usually give better images.</source>
        <translation>Wie oft der Generator aktualisiert wird. Mehr Schritte dauern länger und ergeben meist bessere Bilder.</translation>
    </message>
    <message>
        <source>Fixed seed</source>
        <translation>Fester Startwert</translation>
    </message>
    <message>
        <source>With a fixed seed, the same settings give the same run again.</source>
        <translation>Mit festem Startwert ergeben dieselben Einstellungen wieder denselben Lauf.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>End the run after the current step; its results so far are kept.</source>
        <translation>Beendet den Lauf nach dem aktuellen Schritt; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Device: chosen when the run starts</source>
        <translation>Gerät: wird beim Start des Laufs gewählt</translation>
    </message>
    <message>
        <source>Speed: -</source>
        <translation>Geschwindigkeit: -</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <source>Ready. Choose the settings on the left and press Start.</source>
        <translation>Bereit. Wählen Sie links die Einstellungen und klicken Sie auf Starten.</translation>
    </message>
    <message>
        <source>Generated samples appear here while the model trains.</source>
        <translation>Erzeugte Beispiele erscheinen hier, während das Modell trainiert.</translation>
    </message>
    <message>
        <source>No architecture template is available, so there is nothing to train. The installation may be incomplete: reinstall MedSynth Workbench.</source>
        <translation>Es ist keine Architekturvorlage verfügbar, daher gibt es nichts zu trainieren. Die Installation ist möglicherweise unvollständig: Installieren Sie MedSynth Workbench neu.</translation>
    </message>
    <message>
        <source>Device: being chosen...</source>
        <translation>Gerät: wird gewählt...</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <source>Loading the images (seed %1)...</source>
        <translation>Bilder werden geladen (Startwert %1)...</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Wird nach dem aktuellen Schritt angehalten...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The training could not run.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;What to do: change the set-up on the left (for example a smaller image size or batch size, or another dataset) and press Start again.</source>
        <translation>&lt;b&gt;Das Training konnte nicht laufen.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Was tun: Ändern Sie links die Einrichtung (zum Beispiel eine kleinere Bild- oder Batchgröße oder einen anderen Datensatz) und klicken Sie erneut auf Starten.</translation>
    </message>
    <message>
        <source>Loading the images: %1 of %2...</source>
        <translation>Bilder werden geladen: %1 von %2...</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s); %1 unreadable file(s) left out. Preparing the model...</source>
        <translation>
            <numerusform>%n Bild geladen; %1 unlesbare Datei(en) ausgelassen. Das Modell wird vorbereitet...</numerusform>
            <numerusform>%n Bilder geladen; %1 unlesbare Datei(en) ausgelassen. Das Modell wird vorbereitet...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s). Preparing the model...</source>
        <translation>
            <numerusform>%n Bild geladen. Das Modell wird vorbereitet...</numerusform>
            <numerusform>%n Bilder geladen. Das Modell wird vorbereitet...</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU (%1)</source>
        <translation>GPU (%1)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>Device: %1, %n thread(s)</source>
        <translation>
            <numerusform>Gerät: %1, %n Thread</numerusform>
            <numerusform>Gerät: %1, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Generator: %1 parameters, discriminator: %2 parameters.</source>
        <translation>Generator: %1 Parameter, Diskriminator: %2 Parameter.</translation>
    </message>
    <message>
        <source>Training...</source>
        <translation>Training läuft...</translation>
    </message>
    <message>
        <source>Estimating time left...</source>
        <translation>Restzeit wird geschätzt...</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>Speed: %1 images/s</source>
        <translation>Geschwindigkeit: %1 Bilder/s</translation>
    </message>
    <message>
        <source>Training: step %1 of %2, epoch %3. Generator loss %4, discriminator loss %5.</source>
        <translation>Training: Schritt %1 von %2, Epoche %3. Generatorverlust %4, Diskriminatorverlust %5.</translation>
    </message>
    <message>
        <source>Samples at step %1</source>
        <translation>Beispiele bei Schritt %1</translation>
    </message>
    <message>
        <source>Stopped at step %1 after %2. The results so far are in the run folder.</source>
        <translation>Bei Schritt %1 nach %2 angehalten. Die bisherigen Ergebnisse liegen im Laufordner.</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2. The results are in the run folder.</source>
        <translation>Fertig: %1 Schritte in %2. Die Ergebnisse liegen im Laufordner.</translation>
    </message>
    <message>
        <source>The training stopped with an error.</source>
        <translation>Das Training wurde mit einem Fehler beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainingWorker</name>
    <message>
        <source>The training stopped because of an unexpected internal error.</source>
        <translation>Das Training wurde wegen eines unerwarteten internen Fehlers beendet.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::LossChart</name>
    <message>
        <source>Generator loss</source>
        <translation>Generatorverlust</translation>
    </message>
    <message>
        <source>Discriminator loss</source>
        <translation>Diskriminatorverlust</translation>
    </message>
    <message>
        <source>Generator loss (each step)</source>
        <translation>Generatorverlust (jeder Schritt)</translation>
    </message>
    <message>
        <source>Discriminator loss (each step)</source>
        <translation>Diskriminatorverlust (jeder Schritt)</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
</context>
</TS>
