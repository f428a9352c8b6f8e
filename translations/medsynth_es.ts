<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
</context>
<context>
    <name>DatasetNoteText</name>
    <message>
        <source>%1 training, %2 validation and %3 test images.</source>
        <translation>%1 imágenes de entrenamiento, %2 de validación y %3 de prueba.</translation>
    </message>
    <message>
        <source>Split by patient (seed %1): %2</source>
        <translation>Partición por paciente (semilla %1): %2</translation>
    </message>
    <message>
        <source>No image fell in the validation split (the folder has %1 patient(s) or file group(s)), so held-out metrics are not measured; they need more patients.</source>
        <translation>Ninguna imagen ha caído en la partición de validación (la carpeta tiene %1 paciente(s) o grupo(s) de archivos), así que no se miden métricas con datos reservados; hacen falta más pacientes.</translation>
    </message>
    <message>
        <source>The %1 window was applied to %2 CT image(s); %3 image(s) of other modalities keep their own window.</source>
        <translation>La ventana %1 se aplicó a %2 imagen(es) de TC; %3 imagen(es) de otras modalidades conservan su propia ventana.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message>
        <source>Split by patient (as set in the Data page, seed %1 for patients it does not place): %2</source>
        <translation>Partición por paciente (como se fijó en la página Datos, semilla %1 para los pacientes que no coloca): %2</translation>
    </message>
    <message>
        <source>Split by patient (as set in the labels CSV, seed %1 for patients it does not place): %2</source>
        <translation>Partición por paciente (como se fijó en el CSV de etiquetas, semilla %1 para los pacientes que no coloca): %2</translation>
    </message>
    <message>
        <source>No image is in the validation split (the Data page puts none there), so held-out metrics are not measured.</source>
        <translation>Ninguna imagen está en la partición de validación (la página Datos no pone ninguna ahí), así que no se miden métricas con datos reservados.</translation>
    </message>
    <message>
        <source>No image is in the validation split (the labels CSV puts none there), so held-out metrics are not measured.</source>
        <translation>Ninguna imagen está en la partición de validación (el CSV de etiquetas no pone ninguna ahí), así que no se miden métricas con datos reservados.</translation>
    </message>
    <message>
        <source>%1 row(s) of the Data page could not be used: they name no image in the folder, or put a patient in two splits, or are not &quot;file,label,split&quot;%2. Open the folder on the Data page to see each one.</source>
        <translation>No se pudieron usar %1 fila(s) de la página Datos: no nombran ninguna imagen de la carpeta, ponen a un paciente en dos particiones o no tienen la forma «archivo,etiqueta,partición»%2. Abra la carpeta en la página Datos para ver cada una.</translation>
    </message>
    <message>
        <source>%1 row(s) of the labels CSV could not be used: they name no image in the folder, or put a patient in two splits, or are not &quot;file,label,split&quot;%2. Open the folder on the Data page to see each one.</source>
        <translation>No se pudieron usar %1 fila(s) del CSV de etiquetas: no nombran ninguna imagen de la carpeta, ponen a un paciente en dos particiones o no tienen la forma «archivo,etiqueta,partición»%2. Abra la carpeta en la página Datos para ver cada una.</translation>
    </message>
</context>
<context>
    <name>DesignerNodeItem</name>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>A weight of the model became NaN or infinite at step %1; no checkpoint was written.</source>
        <translation>Un peso del modelo se volvió NaN o infinito en el paso %1; no se escribió ningún punto de control.</translation>
    </message>
    <message>
        <source>The loss &apos;%1&apos; became NaN or infinite at step %2; the model&apos;s state is broken from there on.</source>
        <translation>La pérdida «%1» se volvió NaN o infinita en el paso %2; el estado del modelo queda roto a partir de ahí.</translation>
    </message>
    <message>
        <source>The discriminator is winning: its loss has stayed near zero for %1 steps, so it tells real from generated images almost perfectly and the generator gets almost no useful signal to learn from.</source>
        <translation>El discriminador está ganando: su pérdida lleva %1 pasos cerca de cero, así que distingue las imágenes reales de las generadas casi a la perfección y el generador apenas recibe una señal útil de la que aprender.</translation>
    </message>
    <message>
        <source>The generated samples are becoming alike (mode collapse): their variety has fallen to %1% of its best so far, so the generator covers fewer and fewer kinds of image.</source>
        <translation>Las muestras generadas se parecen cada vez más (colapso de modos): su variedad ha caído al %1 % de su mejor valor hasta ahora, así que el generador cubre cada vez menos tipos de imagen.</translation>
    </message>
    <message>
        <source>The losses are swinging up and down more and more widely over the last %1 steps: the generator and the discriminator keep overshooting each other instead of settling.</source>
        <translation>Las pérdidas oscilan cada vez con más amplitud en los últimos %1 pasos: el generador y el discriminador se pasan de largo el uno al otro en lugar de estabilizarse.</translation>
    </message>
    <message>
        <source>A checkpoint could not be written (%1).</source>
        <translation>No se pudo escribir un punto de control (%1).</translation>
    </message>
    <message>
        <source>Live FID/KID stopped: %1</source>
        <translation>La medición de FID/KID en directo se detuvo: %1</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1. Resume from it with a lower learning rate.</source>
        <translation>El último punto de control correcto es %1. Reanude desde él con una tasa de aprendizaje más baja.</translation>
    </message>
    <message>
        <source>Start again with a lower learning rate.</source>
        <translation>Empiece de nuevo con una tasa de aprendizaje más baja.</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1 (step %2). Lower the learning rate (for example to a tenth) and continue: the run goes back to that checkpoint.</source>
        <translation>El último punto de control correcto es %1 (paso %2). Baje la tasa de aprendizaje (por ejemplo a una décima parte) y continúe: la ejecución vuelve a ese punto de control.</translation>
    </message>
    <message>
        <source>There is no checkpoint to go back to. Start again with a lower learning rate (for example a tenth of it).</source>
        <translation>No hay ningún punto de control al que volver. Empiece de nuevo con una tasa de aprendizaje más baja (por ejemplo una décima parte).</translation>
    </message>
    <message>
        <source>Lower the discriminator&apos;s learning rate (for example to half of the generator&apos;s), or give it fewer updates per generator update (critic steps now %1), or make the discriminator smaller (fewer channels or layers). If it keeps happening, try the hinge loss or the WGAN-GP recipe.</source>
        <translation>Baje la tasa de aprendizaje del discriminador (por ejemplo a la mitad de la del generador), dele menos actualizaciones por cada actualización del generador (ahora %1 pasos del crítico) o haga más pequeño el discriminador (menos canales o capas). Si vuelve a ocurrir, pruebe la pérdida hinge o la receta WGAN-GP.</translation>
    </message>
    <message>
        <source>Lower the discriminator&apos;s learning rate (for example to half of the generator&apos;s), or make the discriminator smaller (fewer channels or layers). If it keeps happening, try the hinge loss or the WGAN-GP recipe.</source>
        <translation>Baje la tasa de aprendizaje del discriminador (por ejemplo a la mitad de la del generador) o haga más pequeño el discriminador (menos canales o capas). Si vuelve a ocurrir, pruebe la pérdida hinge o la receta WGAN-GP.</translation>
    </message>
    <message>
        <source>Lower the learning rates, or use the hinge loss or the WGAN-GP recipe, which collapse less often; if it started recently, resume from an earlier checkpoint with these changes.</source>
        <translation>Baje las tasas de aprendizaje o use la pérdida hinge o la receta WGAN-GP, que colapsan con menos frecuencia; si empezó hace poco, reanude desde un punto de control anterior con estos cambios.</translation>
    </message>
    <message>
        <source>Lower the KL weight beta or lengthen its warm-up, or lower the learning rate, and resume from an earlier checkpoint.</source>
        <translation>Baje el peso beta de la KL o alargue su calentamiento, o baje la tasa de aprendizaje, y reanude desde un punto de control anterior.</translation>
    </message>
    <message>
        <source>Lower the learning rates (for example halve both), or use Adam with beta1 = 0.5; a moving average of the generator&apos;s weights (EMA) smooths the samples meanwhile.</source>
        <translation>Baje las tasas de aprendizaje (por ejemplo, a la mitad ambas) o use Adam con beta1 = 0,5; una media móvil de los pesos del generador (EMA) suaviza las muestras mientras tanto.</translation>
    </message>
    <message>
        <source>Free some disk space; training goes on. The last checkpoint written is %1 (step %2).</source>
        <translation>Libere espacio en disco; el entrenamiento continúa. El último punto de control escrito es %1 (paso %2).</translation>
    </message>
    <message>
        <source>Free some disk space; training goes on. No checkpoint has been written yet.</source>
        <translation>Libere espacio en disco; el entrenamiento continúa. Todavía no se ha escrito ningún punto de control.</translation>
    </message>
    <message>
        <source>Training goes on without live FID/KID. Check the feature network (built-in, or a TorchScript file that takes these images) and start a new run to measure again.</source>
        <translation>El entrenamiento continúa sin FID/KID en directo. Compruebe la red de características (la integrada o un archivo TorchScript que acepte estas imágenes) e inicie una ejecución nueva para volver a medir.</translation>
    </message>
    <message>
        <source>The CPU was chosen.</source>
        <translation>Se eligió la CPU.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is available to this LibTorch, so the CPU is used.</source>
        <translation>Esta LibTorch no tiene ninguna GPU NVIDIA disponible, así que se usa la CPU.</translation>
    </message>
    <message>
        <source>CUDA was chosen and a GPU is available.</source>
        <translation>Se eligió CUDA y hay una GPU disponible.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is available, so it is used.</source>
        <translation>Hay una GPU NVIDIA disponible, así que se usa.</translation>
    </message>
    <message>
        <source>Steps run in bfloat16 autocast.</source>
        <translation>Los pasos se ejecutan con autocast bfloat16.</translation>
    </message>
    <message>
        <source>bf16 precision needs a CUDA GPU and is not supported on the CPU, so this run uses fp32.</source>
        <translation>La precisión bf16 necesita una GPU CUDA y no se admite en la CPU, así que esta ejecución usa fp32.</translation>
    </message>
    <message>
        <source>The dataset (%1) is kept on the GPU.</source>
        <translation>El conjunto de datos (%1) se mantiene en la GPU.</translation>
    </message>
    <message>
        <source>The dataset (%1) stays in memory, as the experiment asks, and each batch is copied to the GPU.</source>
        <translation>El conjunto de datos (%1) se queda en la memoria, como pide el experimento, y cada lote se copia a la GPU.</translation>
    </message>
    <message>
        <source>The dataset (%1) does not fit on the GPU with room to train, so it stays in memory and each batch is copied to the GPU.</source>
        <translation>El conjunto de datos (%1) no cabe en la GPU dejando sitio para entrenar, así que se queda en la memoria y cada lote se copia a la GPU.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is not connected.</source>
        <translation>La entrada «%1» del bloque «%2» no está conectada.</translation>
    </message>
</context>
<context>
    <name>LayerCatalog</name>
    <message>
        <source>Image input</source>
        <translation>Entrada de imagen</translation>
    </message>
    <message>
        <source>Where images from your dataset enter the network. Each image is a grid of pixels with one channel (grey, as in most scans) or three (colour). Its size must match the images the dataset is prepared at.</source>
        <translation>Por aquí entran en la red las imágenes de su conjunto de datos. Cada imagen es una cuadrícula de píxeles con un canal (gris, como la mayoría de las exploraciones) o tres (color). Su tamaño debe coincidir con el tamaño al que se preparan las imágenes del conjunto de datos.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Latent vector z</source>
        <translation>Vector latente z</translation>
    </message>
    <message>
        <source>A list of random numbers drawn from a normal distribution, the seed from which a generator paints an image. Each number is one direction in the &apos;latent space&apos;; moving through that space changes the picture smoothly. 100 numbers is the classic choice for a DCGAN.</source>
        <translation>Una lista de números aleatorios tomados de una distribución normal: la semilla a partir de la cual un generador pinta una imagen. Cada número es una dirección en el «espacio latente»; al moverse por ese espacio la imagen cambia suavemente. 100 números es la elección clásica para una DCGAN.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>Totalmente conectada</translation>
    </message>
    <message>
        <source>Connects every input number to every output number, each connection with its own learned weight: y = W x + b. Use it on vectors, for example to turn a latent vector into the first small feature map of a generator, or features into class scores.</source>
        <translation>Conecta cada número de entrada con cada número de salida, cada conexión con su propio peso aprendido: y = W x + b. Úsela con vectores, por ejemplo para convertir un vector latente en el primer mapa de características pequeño de un generador, o características en puntuaciones de clase.</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Slides small learned filters over the image to detect local patterns such as edges, textures and, deeper in the network, shapes. With stride 2 it also halves the image size. Output size per side: (n + 2p - f) / s + 1 for input size n, padding p, filter size f and stride s.</source>
        <translation>Desliza pequeños filtros aprendidos sobre la imagen para detectar patrones locales como bordes, texturas y, más adentro de la red, formas. Con paso 2 además reduce la imagen a la mitad. Tamaño de salida por lado: (n + 2p - f) / s + 1 para tamaño de entrada n, relleno p, tamaño de filtro f y paso s.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del núcleo</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Convolución transpuesta</translation>
    </message>
    <message>
        <source>The reverse of a convolution: each input pixel spreads a learned filter over a larger output, so the image grows (doubles with stride 2). Generators use it to paint a full image from a small feature map. Output size per side: (n - 1) s + f - 2p.</source>
        <translation>Lo inverso de una convolución: cada píxel de entrada reparte un filtro aprendido sobre una salida mayor, de modo que la imagen crece (se duplica con paso 2). Los generadores la usan para pintar una imagen completa a partir de un mapa de características pequeño. Tamaño de salida por lado: (n - 1) s + f - 2p.</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Relleno de salida</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>Rescales each channel so that, over the current batch, its values have mean 0 and spread 1, then applies a learned scale and shift. It keeps training stable and lets larger learning rates work; DCGAN uses it in both networks except at the generator&apos;s output and the discriminator&apos;s input.</source>
        <translation>Reescala cada canal para que, sobre el lote actual, sus valores tengan media 0 y dispersión 1, y después aplica una escala y un desplazamiento aprendidos. Mantiene estable el entrenamiento y permite tasas de aprendizaje mayores; la DCGAN la usa en ambas redes salvo en la salida del generador y la entrada del discriminador.</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Épsilon</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to zero: f(x) = max(0, x). Simple and fast, it lets deep networks learn; the DCGAN generator uses it after every hidden layer.</source>
        <translation>Conserva los valores positivos y pone a cero los negativos: f(x) = max(0, x). Sencilla y rápida, permite aprender a las redes profundas; el generador de la DCGAN la usa tras cada capa oculta.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are multiplied by a small slope instead of being zeroed: f(x) = x if x &gt; 0, else a x. The small slope keeps gradients flowing, which is why GAN discriminators use it (a = 0.2).</source>
        <translation>Como ReLU, pero los valores negativos se multiplican por una pendiente pequeña en lugar de anularse: f(x) = x si x &gt; 0, si no a x. La pendiente pequeña mantiene el flujo de gradientes, por eso los discriminadores de las GAN la usan (a = 0,2).</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Pendiente negativa</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Squashes any value into the range -1 to 1 with an S-shaped curve. A generator ends with it because training images are scaled to -1 to 1.</source>
        <translation>Comprime cualquier valor al intervalo de -1 a 1 con una curva en forma de S. Un generador termina con ella porque las imágenes de entrenamiento se escalan de -1 a 1.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Squashes any value into 0 to 1: f(x) = 1 / (1 + e^-x). A discriminator ends with it to give the probability that its input is a real image.</source>
        <translation>Comprime cualquier valor entre 0 y 1: f(x) = 1 / (1 + e^-x). Un discriminador termina con ella para dar la probabilidad de que su entrada sea una imagen real.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplanar</translation>
    </message>
    <message>
        <source>Lays a feature map out as one long list of numbers (channels x height x width values), so that fully connected layers or a final score can use it. Nothing is learned.</source>
        <translation>Dispone un mapa de características como una larga lista de números (canales x alto x ancho valores), para que las capas totalmente conectadas o una puntuación final puedan usarlo. No se aprende nada.</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Cambiar forma</translation>
    </message>
    <message>
        <source>Arranges the same numbers in a new shape, for example a latent vector of 100 values as a 100x1x1 feature map that transposed convolutions can grow into an image. The number of values must not change.</source>
        <translation>Ordena los mismos números en una forma nueva, por ejemplo un vector latente de 100 valores como un mapa de características de 100x1x1 que las convoluciones transpuestas pueden hacer crecer hasta una imagen. El número de valores no debe cambiar.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>What the network hands back: a generated image for a generator, a realness score for a discriminator. Training reads its result here.</source>
        <translation>Lo que devuelve la red: una imagen generada en un generador, una puntuación de realismo en un discriminador. El entrenamiento lee aquí su resultado.</translation>
    </message>
    <message>
        <source>DCGAN</source>
        <translation>DCGAN</translation>
    </message>
    <message>
        <source>Deep convolutional GAN: a generator grows a random vector into an image with transposed convolutions, batch normalisation and ReLU, ending in Tanh; a discriminator shrinks an image to a single realness score with strided convolutions, batch normalisation and Leaky ReLU, ending in Sigmoid. The two are trained against each other with binary cross-entropy. A good first GAN: stable, fast, and it learns visibly within minutes.</source>
        <translation>GAN convolucional profunda: un generador hace crecer un vector aleatorio hasta una imagen con convoluciones transpuestas, normalización por lotes y ReLU, terminando en Tanh; un discriminador reduce una imagen a una sola puntuación de realismo con convoluciones con paso, normalización por lotes y Leaky ReLU, terminando en Sigmoide. Ambos se entrenan uno contra otro con entropía cruzada binaria. Una buena primera GAN: estable, rápida, y aprende de forma visible en minutos.</translation>
    </message>
    <message>
        <source>Upsample</source>
        <translation>Sobremuestreo</translation>
    </message>
    <message>
        <source>Makes the image larger by a whole factor, copying each pixel (nearest) or blending neighbours (bilinear); nothing is learned. Followed by a convolution it is a common alternative to the transposed convolution that avoids its checkerboard artifacts, because every output pixel is made from the same number of input pixels.</source>
        <translation>Agranda la imagen por un factor entero, copiando cada píxel (vecino más cercano) o mezclando vecinos (bilineal); no se aprende nada. Seguido de una convolución es una alternativa habitual a la convolución transpuesta que evita sus artefactos de tablero de ajedrez, porque cada píxel de salida se forma con el mismo número de píxeles de entrada.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Agrupación por máximo</translation>
    </message>
    <message>
        <source>Keeps only the largest value in each small window, so the image shrinks (halves with a 2x2 window and stride 2) while the strongest responses survive. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Conserva solo el valor mayor de cada ventana pequeña, de modo que la imagen se reduce (a la mitad con una ventana de 2x2 y paso 2) mientras sobreviven las respuestas más fuertes. No se aprende nada. Tamaño de salida por lado: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Agrupación por media</translation>
    </message>
    <message>
        <source>Replaces each small window by the average of its values, so the image shrinks smoothly. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Sustituye cada ventana pequeña por la media de sus valores, de modo que la imagen se reduce suavemente. No se aprende nada. Tamaño de salida por lado: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Agrupación global por media</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image, leaving one number per channel (a channels x 1 x 1 result). Classifiers use it to summarise what was found, wherever it was in the image.</source>
        <translation>Promedia cada canal sobre toda la imagen y deja un número por canal (un resultado de canales x 1 x 1). Los clasificadores la usan para resumir lo encontrado, esté donde esté en la imagen.</translation>
    </message>
    <message>
        <source>Instance normalisation</source>
        <translation>Normalización por instancia</translation>
    </message>
    <message>
        <source>Like batch normalisation, but each image is normalised on its own, channel by channel, so the result does not depend on the other images in the batch. Image-to-image models such as Pix2Pix use it; it works with a batch of one.</source>
        <translation>Como la normalización por lotes, pero cada imagen se normaliza por separado, canal a canal, de modo que el resultado no depende de las demás imágenes del lote. La usan los modelos de imagen a imagen como Pix2Pix; funciona con un lote de una sola imagen.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, sets a random share p of the values to zero (and scales the rest up), so the network cannot rely on any single feature; this reduces overfitting. When the model is used after training it does nothing.</source>
        <translation>Durante el entrenamiento pone a cero una parte aleatoria p de los valores (y escala el resto), para que la red no pueda depender de una sola característica; así se reduce el sobreajuste. Cuando el modelo se usa después del entrenamiento no hace nada.</translation>
    </message>
    <message>
        <source>Drop probability</source>
        <translation>Probabilidad de descarte</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Like ReLU for positive values, but negative values bend smoothly towards -a instead of stopping at zero: f(x) = x if x &gt; 0, else a (e^x - 1). The smooth curve keeps the average output near zero, which can speed up learning.</source>
        <translation>Como ReLU para los valores positivos, pero los negativos se curvan suavemente hacia -a en lugar de detenerse en cero: f(x) = x si x &gt; 0, si no a (e^x - 1). La curva suave mantiene la salida media cerca de cero, lo que puede acelerar el aprendizaje.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Turns a list of scores into probabilities that are all positive and add up to 1: f(x)_i = e^(x_i) / sum_j e^(x_j). A classifier ends with it to give the probability of each class.</source>
        <translation>Convierte una lista de puntuaciones en probabilidades, todas positivas y que suman 1: f(x)_i = e^(x_i) / sum_j e^(x_j). Un clasificador termina con ella para dar la probabilidad de cada clase.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Sumar</translation>
    </message>
    <message>
        <source>Adds two tensors of the same shape value by value. With it a block&apos;s input can skip ahead and be added to the block&apos;s output (a residual connection), which lets very deep networks train.</source>
        <translation>Suma valor a valor dos tensores de la misma forma. Con ella la entrada de un bloque puede saltar hacia delante y sumarse a su salida (una conexión residual), lo que permite entrenar redes muy profundas.</translation>
    </message>
    <message>
        <source>Concatenate channels</source>
        <translation>Concatenar canales</translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation>Agrupación por mínimo</translation>
    </message>
    <message>
        <source>Keeps only the smallest value in each small window, so the image shrinks while the darkest or weakest responses survive; useful where the interesting structures are dark. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Conserva solo el valor menor de cada ventana pequeña, de modo que la imagen se reduce mientras sobreviven las respuestas más oscuras o débiles; útil cuando las estructuras de interés son oscuras. No se aprende nada. Tamaño de salida por lado: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Global max pooling</source>
        <translation>Agrupación global por máximo</translation>
    </message>
    <message>
        <source>Keeps the largest value of each channel over the whole image, one number per channel (a channels x 1 x 1 result): whether a feature appeared anywhere, not where. Nothing is learned.</source>
        <translation>Conserva el valor mayor de cada canal sobre toda la imagen, un número por canal (un resultado de canales x 1 x 1): si una característica apareció en algún sitio, no dónde. No se aprende nada.</translation>
    </message>
    <message>
        <source>Depthwise-separable convolution</source>
        <translation>Convolución separable en profundidad</translation>
    </message>
    <message>
        <source>A convolution in two cheap steps: first one small filter per channel looks at each channel on its own (depthwise), then a 1x1 convolution mixes the channels (pointwise). It sees as much as a normal convolution with far fewer weights and computations, which suits small devices and small datasets.</source>
        <translation>Una convolución en dos pasos baratos: primero un filtro pequeño por canal mira cada canal por separado (en profundidad) y después una convolución de 1x1 mezcla los canales (puntual). Ve tanto como una convolución normal con muchos menos pesos y cálculos, lo que conviene a dispositivos pequeños y conjuntos de datos pequeños.</translation>
    </message>
    <message>
        <source>Layer normalisation</source>
        <translation>Normalización por capa</translation>
    </message>
    <message>
        <source>Normalises all the values of one image (or one vector) together to mean 0 and spread 1, then applies a learned scale and shift per value. It does not depend on the batch, so it behaves the same in training and in use.</source>
        <translation>Normaliza juntos todos los valores de una imagen (o de un vector) a media 0 y dispersión 1, y después aplica una escala y un desplazamiento aprendidos por valor. No depende del lote, así que se comporta igual durante el entrenamiento y en el uso.</translation>
    </message>
    <message>
        <source>Channel dropout</source>
        <translation>Dropout de canales</translation>
    </message>
    <message>
        <source>Dropout for feature maps: while training, switches off whole channels at random (a share p of them), because neighbouring pixels are too alike for single-pixel dropout to help. It does nothing when the model is used after training.</source>
        <translation>Dropout para mapas de características: durante el entrenamiento apaga canales enteros al azar (una parte p de ellos), porque los píxeles vecinos se parecen demasiado para que el dropout píxel a píxel ayude. No hace nada cuando el modelo se usa después del entrenamiento.</translation>
    </message>
    <message>
        <source>Self-attention</source>
        <translation>Autoatención</translation>
    </message>
    <message>
        <source>Lets every position of a feature map look at every other position and borrow from the ones most related to it, so distant parts of an image (left and right hemispheres, say) can agree. This is the SAGAN block: it starts switched off (a learned weight of 0) and the network turns it up as it learns.</source>
        <translation>Permite que cada posición de un mapa de características mire a todas las demás y tome de las más relacionadas, de modo que partes lejanas de una imagen (los hemisferios izquierdo y derecho, por ejemplo) puedan concordar. Es el bloque de SAGAN: empieza apagado (un peso aprendido de 0) y la red lo va subiendo a medida que aprende.</translation>
    </message>
    <message>
        <source>VAE sampler</source>
        <translation>Muestreador VAE</translation>
    </message>
    <message>
        <source>The heart of a variational autoencoder: from a mean mu and a log-variance it draws a latent vector z = mu + e^(log-variance / 2) x noise, with fresh normal noise each time (the reparameterisation trick, which lets training pass through the random draw). It also measures how far mu and the variance are from a standard normal distribution: the KL term of the VAE loss. In use after training it returns mu.</source>
        <translation>El corazón de un autocodificador variacional: a partir de una media mu y un logaritmo de la varianza extrae un vector latente z = mu + e^(log-varianza / 2) x ruido, con ruido normal nuevo cada vez (el truco de reparametrización, que permite que el entrenamiento atraviese el sorteo aleatorio). También mide cuánto se alejan mu y la varianza de una distribución normal estándar: el término KL de la pérdida del VAE. En el uso tras el entrenamiento devuelve mu.</translation>
    </message>
    <message>
        <source>Class label</source>
        <translation>Etiqueta de clase</translation>
    </message>
    <message>
        <source>The class of each image (for example 0 normal, 1 lesion), for conditional models that learn to make or judge an image of a chosen class. One-hot encoding turns class k into a list of zeros with a single 1 at place k; an embedding learns a short list of numbers for each class instead.</source>
        <translation>La clase de cada imagen (por ejemplo 0 normal, 1 lesión), para modelos condicionales que aprenden a crear o juzgar una imagen de una clase elegida. La codificación one-hot convierte la clase k en una lista de ceros con un único 1 en la posición k; una incrustación (embedding) aprende en su lugar una lista corta de números para cada clase.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Tamaño de la incrustación</translation>
    </message>
    <message>
        <source>Stacks two feature maps of the same height and width into one with the channels of both. U-Net&apos;s skip connections use it to hand fine detail from the encoder straight to the decoder. It also joins two vectors end to end, and a vector to a feature map by repeating the vector at every pixel, which is how conditional models add a class label.</source>
        <translation>Apila dos mapas de características del mismo alto y ancho en uno con los canales de ambos. Las conexiones de salto de U-Net la usan para pasar el detalle fino del codificador directamente al decodificador. También une dos vectores uno tras otro, y un vector a un mapa de características repitiendo el vector en cada píxel, que es como los modelos condicionales añaden una etiqueta de clase.</translation>
    </message>
    <message>
        <source>Conditional DCGAN</source>
        <translation>DCGAN condicional</translation>
    </message>
    <message>
        <source>A DCGAN that is told the class of each image (here normal or lesion): the generator receives the class beside its random vector, and the discriminator sees the class repeated over the image as extra channels. After training you choose which class to generate, for example more lesion images for a rare class.</source>
        <translation>Una DCGAN a la que se le dice la clase de cada imagen (aquí normal o lesión): el generador recibe la clase junto a su vector aleatorio, y el discriminador ve la clase repetida sobre la imagen como canales adicionales. Tras el entrenamiento usted elige qué clase generar, por ejemplo más imágenes con lesión para una clase poco frecuente.</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>Wasserstein GAN with gradient penalty: the discriminator becomes a critic that gives an unbounded realness score (no Sigmoid, no batch normalisation), and training moves the generator&apos;s images towards the real ones by the Wasserstein distance. A gradient penalty keeps the critic smooth. The critic is updated several times per generator update. Slower per step than a DCGAN, but its loss tracks image quality and it rarely collapses.</source>
        <translation>GAN de Wasserstein con penalización del gradiente: el discriminador se convierte en un crítico que da una puntuación de realismo sin límites (sin Sigmoide ni normalización por lotes), y el entrenamiento acerca las imágenes del generador a las reales según la distancia de Wasserstein. Una penalización del gradiente mantiene suave al crítico. El crítico se actualiza varias veces por cada actualización del generador. Más lento por paso que una DCGAN, pero su pérdida sigue la calidad de imagen y rara vez colapsa.</translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE)</source>
        <translation>Autocodificador variacional (VAE)</translation>
    </message>
    <message>
        <source>An encoder squeezes each image into a short list of numbers (a point in the latent space), and a decoder paints the image back from that point. Training makes the points of all images spread like a bell curve, so any random point decodes to a plausible image. Its images are smoother than a GAN&apos;s, but training is stable and you can encode a real image and explore its neighbourhood.</source>
        <translation>Un codificador comprime cada imagen en una lista corta de números (un punto del espacio latente) y un decodificador vuelve a pintar la imagen a partir de ese punto. El entrenamiento hace que los puntos de todas las imágenes se repartan como una campana de Gauss, de modo que cualquier punto aleatorio se decodifica en una imagen verosímil. Sus imágenes son más suaves que las de una GAN, pero el entrenamiento es estable y se puede codificar una imagen real y explorar su entorno.</translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation>VAE condicional</translation>
    </message>
    <message>
        <source>A VAE that is told the class of each image (here normal or lesion): encoder and decoder both receive it. After training you pick the class and a random point, and the decoder paints an image of that class, so the latent space holds what varies within a class.</source>
        <translation>Un VAE al que se le indica la clase de cada imagen (aquí normal o lesión): la reciben tanto el codificador como el decodificador. Tras el entrenamiento se elige la clase y un punto aleatorio, y el decodificador pinta una imagen de esa clase; así, el espacio latente recoge lo que varía dentro de una clase.</translation>
    </message>
    <message>
        <source>VAE-GAN</source>
        <translation>VAE-GAN</translation>
    </message>
    <message>
        <source>A VAE whose decoder is also a GAN generator: a discriminator learns to tell real images from decoded ones, and the reconstruction is judged by what the discriminator sees rather than pixel by pixel. The images come out sharper than a plain VAE&apos;s while the encoder still maps every image into the latent space.</source>
        <translation>Un VAE cuyo decodificador es también un generador de GAN: un discriminador aprende a distinguir las imágenes reales de las decodificadas, y la reconstrucción se juzga por lo que ve el discriminador en lugar de píxel a píxel. Las imágenes salen más nítidas que las de un VAE simple, mientras el codificador sigue situando cada imagen en el espacio latente.</translation>
    </message>
    <message>
        <source>Pix2Pix (image-to-image)</source>
        <translation>Pix2Pix (imagen a imagen)</translation>
    </message>
    <message>
        <source>Learns to translate one kind of image into another from matching pairs; here it turns a lesion mask into a brain slice with that lesion. The generator is a U-Net whose skip connections carry fine detail straight across, and a PatchGAN discriminator judges each small patch, which keeps textures sharp. A pixel-wise L1 term keeps the output close to the true image.</source>
        <translation>Aprende a traducir un tipo de imagen en otro a partir de pares correspondientes; aquí convierte una máscara de lesión en un corte cerebral con esa lesión. El generador es una U-Net cuyas conexiones de salto llevan el detalle fino directamente al otro lado, y un discriminador PatchGAN juzga cada parche pequeño, lo que mantiene nítidas las texturas. Un término L1 píxel a píxel mantiene la salida cerca de la imagen real.</translation>
    </message>
    <message>
        <source>U-Net segmenter</source>
        <translation>Segmentador U-Net</translation>
    </message>
    <message>
        <source>Marks which pixels belong to a structure, here the lesion. It shrinks the image step by step to see the context, then grows it back to full size, and skip connections hand the fine detail of each size across so the outline stays precise. The standard network for medical image segmentation; trained with the Dice loss, which copes with small lesions.</source>
        <translation>Marca qué píxeles pertenecen a una estructura, aquí la lesión. Reduce la imagen paso a paso para ver el contexto y luego la vuelve a agrandar hasta su tamaño completo; las conexiones de salto pasan el detalle fino de cada tamaño para que el contorno siga siendo preciso. Es la red estándar para la segmentación de imágenes médicas; se entrena con la pérdida Dice, que funciona bien con lesiones pequeñas.</translation>
    </message>
    <message>
        <source>ResNet classifier</source>
        <translation>Clasificador ResNet</translation>
    </message>
    <message>
        <source>Sorts images into classes, here normal or with a lesion. Each residual block adds its result to its own input, so the signal and the learning reach deep layers easily. Reports accuracy, precision, recall, specificity and F1 on images held out from training.</source>
        <translation>Clasifica imágenes en clases, aquí normal o con lesión. Cada bloque residual suma su resultado a su propia entrada, de modo que la señal y el aprendizaje llegan con facilidad a las capas profundas. Informa de exactitud, precisión, sensibilidad (recall), especificidad y F1 en imágenes reservadas fuera del entrenamiento.</translation>
    </message>
    <message>
        <source>Spectral norm</source>
        <translation>Normalización espectral</translation>
    </message>
    <message>
        <source>1 for grey images, 3 for colour.</source>
        <translation>1 para imágenes en gris, 3 para color.</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Alto de la imagen en píxeles.</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Ancho de la imagen en píxeles.</translation>
    </message>
    <message>
        <source>How many random numbers z holds.</source>
        <translation>Cuántos números aleatorios contiene z.</translation>
    </message>
    <message>
        <source>How many classes there are.</source>
        <translation>Cuántas clases hay.</translation>
    </message>
    <message>
        <source>How a class becomes numbers.</source>
        <translation>Cómo se convierte una clase en números.</translation>
    </message>
    <message>
        <source>Numbers per class, for an embedding.</source>
        <translation>Números por clase, para una incrustación.</translation>
    </message>
    <message>
        <source>How many numbers come out.</source>
        <translation>Cuántos números salen.</translation>
    </message>
    <message>
        <source>Learn an offset b for each output.</source>
        <translation>Aprender un desplazamiento b para cada salida.</translation>
    </message>
    <message>
        <source>Divide the weights by their largest singular value (spectral normalisation, Miyato et al. 2018), so the layer cannot stretch its input by more than 1; steadies a discriminator.</source>
        <translation>Dividir los pesos por su mayor valor singular (normalización espectral, Miyato et al. 2018), de modo que la capa no pueda estirar su entrada más de 1; estabiliza un discriminador.</translation>
    </message>
    <message>
        <source>How many filters, i.e. output channels.</source>
        <translation>Cuántos filtros, es decir, canales de salida.</translation>
    </message>
    <message>
        <source>Width and height of each filter, f.</source>
        <translation>Ancho y alto de cada filtro, f.</translation>
    </message>
    <message>
        <source>Step between filter positions, s.</source>
        <translation>Paso entre posiciones del filtro, s.</translation>
    </message>
    <message>
        <source>Zero pixels added around the border, p.</source>
        <translation>Píxeles a cero añadidos alrededor del borde, p.</translation>
    </message>
    <message>
        <source>Learn an offset per filter (not needed before BatchNorm).</source>
        <translation>Aprender un desplazamiento por filtro (no hace falta antes de BatchNorm).</translation>
    </message>
    <message>
        <source>How many output channels.</source>
        <translation>Cuántos canales de salida.</translation>
    </message>
    <message>
        <source>How much the image grows, s.</source>
        <translation>Cuánto crece la imagen, s.</translation>
    </message>
    <message>
        <source>Pixels trimmed from each border, p.</source>
        <translation>Píxeles recortados de cada borde, p.</translation>
    </message>
    <message>
        <source>Extra pixels added on one side.</source>
        <translation>Píxeles extra añadidos en un lado.</translation>
    </message>
    <message>
        <source>Small number that avoids division by zero.</source>
        <translation>Número pequeño que evita dividir por cero.</translation>
    </message>
    <message>
        <source>How fast the running statistics follow the batches.</source>
        <translation>Con qué rapidez siguen las estadísticas acumuladas a los lotes.</translation>
    </message>
    <message>
        <source>How many times larger each side becomes.</source>
        <translation>Cuántas veces más grande se hace cada lado.</translation>
    </message>
    <message>
        <source>How the new pixels are filled in.</source>
        <translation>Cómo se rellenan los píxeles nuevos.</translation>
    </message>
    <message>
        <source>Width and height of the window, f.</source>
        <translation>Ancho y alto de la ventana, f.</translation>
    </message>
    <message>
        <source>Step between windows, s.</source>
        <translation>Paso entre ventanas, s.</translation>
    </message>
    <message>
        <source>Pixels added around the border, p.</source>
        <translation>Píxeles añadidos alrededor del borde, p.</translation>
    </message>
    <message>
        <source>Width and height of each per-channel filter, f.</source>
        <translation>Ancho y alto de cada filtro por canal, f.</translation>
    </message>
    <message>
        <source>Learn an offset per output channel.</source>
        <translation>Aprender un desplazamiento por canal de salida.</translation>
    </message>
    <message>
        <source>The share of channels switched off, p.</source>
        <translation>La proporción de canales que se apagan, p.</translation>
    </message>
    <message>
        <source>The share of values set to zero, p.</source>
        <translation>La proporción de valores puestos a cero, p.</translation>
    </message>
    <message>
        <source>The slope a for negative inputs.</source>
        <translation>La pendiente a para entradas negativas.</translation>
    </message>
    <message>
        <source>The value a that negative outputs approach.</source>
        <translation>El valor a al que se acercan las salidas negativas.</translation>
    </message>
    <message>
        <source>The new shape, e.g. [100, 1, 1].</source>
        <translation>La forma nueva, p. ej. [100, 1, 1].</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <source>D(G(z))</source>
        <translation>D(G(z))</translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation>Imágenes/s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Generator loss</source>
        <translation>Pérdida del generador</translation>
    </message>
    <message>
        <source>Discriminator loss</source>
        <translation>Pérdida del discriminador</translation>
    </message>
    <message>
        <source>D(x): discriminator on real images</source>
        <translation>D(x): discriminador con imágenes reales</translation>
    </message>
    <message>
        <source>D(G(z)): discriminator on generated images</source>
        <translation>D(G(z)): discriminador con imágenes generadas</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>KID spread</source>
        <translation>Dispersión del KID</translation>
    </message>
    <message>
        <source>Learning rate (%1)</source>
        <translation>Tasa de aprendizaje (%1)</translation>
    </message>
    <message>
        <source>%1 (held-out images)</source>
        <translation>%1 (imágenes reservadas)</translation>
    </message>
    <message>
        <source>Encoder loss</source>
        <translation>Pérdida del codificador</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Reconstrucción</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>Divergencia KL</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>Peso de KL</translation>
    </message>
    <message>
        <source>Adversarial loss</source>
        <translation>Pérdida adversaria</translation>
    </message>
    <message>
        <source>Gradient penalty</source>
        <translation>Penalización del gradiente</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Sensibilidad (recall)</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificidad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Exactitud por píxel</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>D(x) and D(G(z))</source>
        <translation>D(x) y D(G(z))</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Diversity of the fixed samples</source>
        <translation>Diversidad de las muestras fijas</translation>
    </message>
    <message>
        <source>Sample diversity</source>
        <translation>Diversidad de las muestras</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norma del gradiente</translation>
    </message>
    <message>
        <source>Gradient norm of the generator (or the trained model)</source>
        <translation>Norma del gradiente del generador (o del modelo entrenado)</translation>
    </message>
    <message>
        <source>Gradient norm of the discriminator</source>
        <translation>Norma del gradiente del discriminador</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>Normas del gradiente</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Mover %n bloque</numerusform>
            <numerusform>Mover %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>No hay ningún bloque llamado «%1».</translation>
    </message>
    <message>
        <source>No blocks are selected.</source>
        <translation>No hay bloques seleccionados.</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>El grafo no tiene la red número %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Pegar %n bloque</numerusform>
            <numerusform>Pegar %n bloques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Eliminar %n bloque</numerusform>
            <numerusform>Eliminar %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>El grafo no tiene la red número %1.</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>No hay ningún bloque llamado «%1».</translation>
    </message>
    <message>
        <source>No blocks are selected.</source>
        <translation>No hay bloques seleccionados.</translation>
    </message>
</context>
<context>
    <name>SetParamsCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>No hay ningún bloque llamado «%1».</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Discriminador</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
    <message>
        <source>Segmenter</source>
        <translation>Segmentador</translation>
    </message>
</context>
<context>
    <name>medsynth::gui</name>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Every image file found in the folder and its sub-folders</source>
        <translation>Todos los archivos de imagen encontrados en la carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>A patient, numbered in the order of the files; no identifying value is shown</source>
        <translation>Un paciente, numerado en el orden de los archivos; no se muestra ningún dato identificativo</translation>
    </message>
    <message>
        <source>Slices ordered by %1</source>
        <translation>Cortes ordenados por %1</translation>
    </message>
    <message>
        <source>Part of a series split because %1</source>
        <translation>Parte de una serie dividida porque %1</translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation>(carpeta principal)</translation>
    </message>
    <message>
        <source>Files that are not DICOM (NIfTI, PNG, JPEG, TIFF, BMP, NumPy) in this folder</source>
        <translation>Archivos de esta carpeta que no son DICOM (NIfTI, PNG, JPEG, TIFF, BMP, NumPy)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Ventana %1</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Del archivo</translation>
    </message>
    <message>
        <source>CT (Hounsfield units)</source>
        <translation>TC (unidades Hounsfield)</translation>
    </message>
    <message>
        <source>%1 (W %2, L %3)</source>
        <translation>%1 (W %2, L %3)</translation>
    </message>
    <message>
        <source>Select to open the series as a volume in the viewer</source>
        <translation>Seleccione para abrir la serie como volumen en el visor</translation>
    </message>
    <message>
        <source>File VOI LUT %1</source>
        <translation>VOI LUT del archivo %1</translation>
    </message>
    <message>
        <source>File VOI LUT</source>
        <translation>VOI LUT del archivo</translation>
    </message>
    <message>
        <source>The file has no frames to show.</source>
        <translation>El archivo no tiene fotogramas que mostrar.</translation>
    </message>
    <message>
        <source>There are no images to show.</source>
        <translation>No hay imágenes que mostrar.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Demo: brain MR</source>
        <translation>Demo: RM cerebral</translation>
    </message>
    <message numerus="yes">
        <source>Show the demo dataset: %n synthetic brain MR slices (DICOM).</source>
        <translation>
            <numerusform>Mostrar el conjunto de demostración: %n corte sintético de RM cerebral (DICOM).</numerusform>
            <numerusform>Mostrar el conjunto de demostración: %n cortes sintéticos de RM cerebral (DICOM).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder...</source>
        <translation>Abrir carpeta...</translation>
    </message>
    <message>
        <source>Creating the demo dataset: %v of %m images</source>
        <translation>Creando el conjunto de demostración: %v de %m imágenes</translation>
    </message>
    <message>
        <source>Demo dataset: synthetic brain MR slices, %1 x %1 pixels</source>
        <translation>Conjunto de demostración: cortes sintéticos de RM cerebral, %1 x %1 píxeles</translation>
    </message>
    <message>
        <source>Being created...</source>
        <translation>Creándose...</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>Demo dataset not available</source>
        <translation>Conjunto de demostración no disponible</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>No se pudo crear el conjunto de demostración: %1</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Sin imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>The images a model learns from: the demo dataset of synthetic brain MR slices, or a folder of your own DICOM, NIfTI, PNG, JPEG, TIFF, BMP or NumPy files (or drop a folder onto this window).</source>
        <translation>Las imágenes de las que aprende un modelo: el conjunto de demostración de cortes sintéticos de RM cerebral, o una carpeta con sus propios archivos DICOM, NIfTI, PNG, JPEG, TIFF, BMP o NumPy (o arrastre una carpeta a esta ventana).</translation>
    </message>
    <message>
        <source>Index a folder and its sub-folders: DICOM (grouped by patient, study and series), NIfTI, PNG, JPEG, TIFF, BMP and NumPy files.</source>
        <translation>Indexar una carpeta y sus subcarpetas: archivos DICOM (agrupados por paciente, estudio y serie), NIfTI, PNG, JPEG, TIFF, BMP y NumPy.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing this folder</source>
        <translation>Detener la indexación de esta carpeta</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Visor</translation>
    </message>
    <message>
        <source>Click to select (for labels and splits); double click to view.</source>
        <translation>Haga clic para seleccionar (para etiquetas y particiones); doble clic para ver.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a folder, or it does not exist.</source>
        <translation>No se puede abrir %1: no es una carpeta o no existe.</translation>
    </message>
    <message>
        <source>Indexing...</source>
        <translation>Indexando...</translation>
    </message>
    <message>
        <source>Listing files...</source>
        <translation>Listando archivos...</translation>
    </message>
    <message>
        <source>Reading file headers: %v of %m</source>
        <translation>Leyendo cabeceras de archivo: %v de %m</translation>
    </message>
    <message>
        <source>Sampling intensities: %v of %m</source>
        <translation>Muestreando intensidades: %v de %m</translation>
    </message>
    <message>
        <source>Not indexed</source>
        <translation>Sin indexar</translation>
    </message>
    <message>
        <source>Indexing was cancelled. Open the folder again to index it.</source>
        <translation>Se canceló la indexación. Vuelva a abrir la carpeta para indexarla.</translation>
    </message>
    <message>
        <source>The folder could not be indexed: %1</source>
        <translation>No se pudo indexar la carpeta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped files (%1)</source>
        <translation>Archivos omitidos (%1)</translation>
    </message>
    <message>
        <source>No image files were found in this folder. It is searched with its sub-folders for DICOM, NIfTI, PNG, JPEG, TIFF, BMP and NumPy files.</source>
        <translation>No se encontraron archivos de imagen en esta carpeta. Se buscan archivos DICOM, NIfTI, PNG, JPEG, TIFF, BMP y NumPy en ella y en sus subcarpetas.</translation>
    </message>
    <message>
        <source>Select an image or a series to view it.</source>
        <translation>Seleccione una imagen o una serie para verla.</translation>
    </message>
    <message>
        <source>Unsaved labels and splits</source>
        <translation>Etiquetas y particiones sin guardar</translation>
    </message>
    <message>
        <source>The labels and splits set in %1 are not saved. Save them to its labels.csv first?</source>
        <translation>Las etiquetas y particiones asignadas en %1 no están guardadas. ¿Guardarlas antes en su labels.csv?</translation>
    </message>
    <message>
        <source>labels.csv, line %1: %2</source>
        <translation>labels.csv, línea %1: %2</translation>
    </message>
    <message>
        <source>Skipped files (%1) and labels.csv rows not used (%2)</source>
        <translation>Archivos omitidos (%1) y filas de labels.csv no usadas (%2)</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DataViewerTab</name>
    <message>
        <source>This slice cannot be shown.
%1</source>
        <translation>Este corte no se puede mostrar.
%1</translation>
    </message>
    <message>
        <source>No file shown.</source>
        <translation>Ningún archivo mostrado.</translation>
    </message>
    <message>
        <source>This file cannot be shown.
%1</source>
        <translation>Este archivo no se puede mostrar.
%1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>%1, image %2 of %3 (ordered by %4)</source>
        <translation>%1, imagen %2 de %3 (ordenada por %4)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DesignPage</name>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Discriminador</translation>
    </message>
    <message>
        <source>Looks at an image and scores how real it seems.</source>
        <translation>Examina una imagen y puntúa lo real que parece.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1 (grises)</translation>
    </message>
    <message>
        <source>3 (colour)</source>
        <translation>3 (color)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 píxeles</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Tamaño de imagen:</translation>
    </message>
    <message>
        <source>No architecture templates are available. The installation may be incomplete.</source>
        <translation>No hay plantillas de arquitectura disponibles. Puede que la instalación esté incompleta.</translation>
    </message>
    <message>
        <source>This template cannot be built with these choices: %1</source>
        <translation>Esta plantilla no se puede construir con estas opciones: %1</translation>
    </message>
    <message>
        <source>Parameter count not available until the network&apos;s problems are fixed.</source>
        <translation>El número de parámetros no está disponible hasta que se corrijan los problemas de la red.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems:&lt;/b&gt; none, every block fits.</source>
        <translation>&lt;b&gt;Problemas:&lt;/b&gt; ninguno, todos los bloques encajan.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Problems:&lt;/b&gt; %n to fix (click one to find its block).</source>
        <translation>
            <numerusform>&lt;b&gt;Problemas:&lt;/b&gt; %n por corregir (haga clic en uno para encontrar su bloque).</numerusform>
            <numerusform>&lt;b&gt;Problemas:&lt;/b&gt; %n por corregir (haga clic en uno para encontrar su bloque).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Abrir...</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <source>MedSynth models (*.json);;All files (*)</source>
        <translation>Modelos de MedSynth (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The model could not be opened: %1</source>
        <translation>No se pudo abrir el modelo: %1</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Guardar el modelo</translation>
    </message>
    <message>
        <source>MedSynth models (*.json)</source>
        <translation>Modelos de MedSynth (*.json)</translation>
    </message>
    <message>
        <source>The model could not be saved: %1</source>
        <translation>No se pudo guardar el modelo: %1</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
    <message>
        <source>Segmenter</source>
        <translation>Segmentador</translation>
    </message>
    <message>
        <source>Turns a vector of random numbers (or an image) into an image.</source>
        <translation>Convierte un vector de números aleatorios (o una imagen) en una imagen.</translation>
    </message>
    <message>
        <source>Compresses an image into the mean and log-variance of its latent code.</source>
        <translation>Comprime una imagen en la media y el logaritmo de la varianza de su código latente.</translation>
    </message>
    <message>
        <source>Turns a latent code back into an image.</source>
        <translation>Vuelve a convertir un código latente en una imagen.</translation>
    </message>
    <message>
        <source>Gives a score for each class of an image.</source>
        <translation>Da una puntuación para cada clase de una imagen.</translation>
    </message>
    <message>
        <source>Marks, pixel by pixel, where the structure of interest is.</source>
        <translation>Marca, píxel a píxel, dónde está la estructura de interés.</translation>
    </message>
    <message>
        <source>Empty GAN (generator and discriminator)</source>
        <translation>GAN vacía (generador y discriminador)</translation>
    </message>
    <message>
        <source>Empty VAE (encoder and decoder)</source>
        <translation>VAE vacío (codificador y decodificador)</translation>
    </message>
    <message>
        <source>Empty VAE-GAN (encoder, decoder, discriminator)</source>
        <translation>VAE-GAN vacía (codificador, decodificador, discriminador)</translation>
    </message>
    <message>
        <source>Empty classifier</source>
        <translation>Clasificador vacío</translation>
    </message>
    <message>
        <source>Empty segmenter</source>
        <translation>Segmentador vacío</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Lay the blocks out automatically, layer by layer (L). Undo puts them back.</source>
        <translation>Coloca los bloques automáticamente, capa por capa (L). Deshacer los devuelve a su sitio.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole network (F).</source>
        <translation>Muestra toda la red (F).</translation>
    </message>
    <message>
        <source>Drag blocks from the palette onto the canvas and draw connections from an output to an input; Delete removes, Ctrl+Z undoes, F fits the view, L arranges, Ctrl+S saves. The Train page can train this model as it is here.</source>
        <translation>Arrastre bloques de la paleta al lienzo y trace conexiones de una salida a una entrada; Supr elimina, Ctrl+Z deshace, F ajusta la vista, L organiza, Ctrl+S guarda. La página Entrenar puede entrenar este modelo tal como está aquí.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The model has changes that are not saved. Save them first?</source>
        <translation>El modelo tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Modelo nuevo</translation>
    </message>
    <message>
        <source>An empty model: drag blocks from the palette onto each network&apos;s canvas. The channels and image size above are the images it must make and take.</source>
        <translation>Un modelo vacío: arrastre bloques de la paleta al lienzo de cada red. Los canales y el tamaño de imagen de arriba son los de las imágenes que debe generar y recibir.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>No hay modelos recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1, &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation>&lt;b&gt;Modelo:&lt;/b&gt; %1, &lt;i&gt;cambios sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Modelo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 parameters (%2 MB), %3 million multiply-adds per image</source>
        <translation>%1 parámetros (%2 MB), %3 millones de multiplicaciones-sumas por imagen</translation>
    </message>
    <message>
        <source>(own model)</source>
        <translation>(modelo propio)</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::LabelSplitEditor</name>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>A class name for the selected images; type a new one or pick one in use</source>
        <translation>Un nombre de clase para las imágenes seleccionadas; escriba uno nuevo o elija uno ya usado</translation>
    </message>
    <message>
        <source>Set label</source>
        <translation>Asignar etiqueta</translation>
    </message>
    <message>
        <source>Set split</source>
        <translation>Asignar partición</translation>
    </message>
    <message>
        <source>Moves every image of the selected images&apos; patients (or files), so that no patient is in two splits</source>
        <translation>Mueve todas las imágenes de los pacientes (o archivos) de las imágenes seleccionadas, para que ningún paciente esté en dos particiones</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <source>Select images to label them or choose their split.</source>
        <translation>Seleccione imágenes para etiquetarlas o elegir su partición.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>%n imagen seleccionada</numerusform>
            <numerusform>%n imágenes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits (by patient): train %1, validation %2, test %3 images</source>
        <translation>Particiones (por paciente): entrenamiento %1, validación %2, prueba %3 imágenes</translation>
    </message>
    <message numerus="yes">
        <source>Label removed from %n image(s).</source>
        <translation>
            <numerusform>Se quitó la etiqueta de %n imagen.</numerusform>
            <numerusform>Se quitó la etiqueta de %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label &quot;%1&quot; set on %n image(s).</source>
        <translation>
            <numerusform>Etiqueta «%1» asignada a %n imagen.</numerusform>
            <numerusform>Etiqueta «%1» asignada a %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set for %2 (%3 images): a patient is never in two splits.</source>
        <translation>Partición «%1» asignada a %2 (%3 imágenes): un paciente nunca está en dos particiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) or file group(s)</source>
        <translation>
            <numerusform>%n paciente o grupo de archivos</numerusform>
            <numerusform>%n pacientes o grupos de archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>By folder</source>
        <translation>Por carpeta</translation>
    </message>
    <message>
        <source>Labels each selected image with the name of the sub-folder it is in (for folders laid out one class per sub-folder)</source>
        <translation>Etiqueta cada imagen seleccionada con el nombre de la subcarpeta en la que está (para carpetas organizadas con una clase por subcarpeta)</translation>
    </message>
    <message>
        <source>Save to labels.csv</source>
        <translation>Guardar en labels.csv</translation>
    </message>
    <message>
        <source>Writes every image&apos;s label and split to labels.csv in this folder (lines &quot;file,label,split&quot;), where training, medsynth-cli and the next session find them</source>
        <translation>Escribe la etiqueta y la partición de cada imagen en labels.csv de esta carpeta (líneas &quot;file,label,split&quot;), donde las encuentran el entrenamiento, medsynth-cli y la próxima sesión</translation>
    </message>
    <message>
        <source>The labels and splits could not be saved: %1. Training in this session still uses them; to keep them, copy the folder to one you can write to.</source>
        <translation>No se pudieron guardar las etiquetas y particiones: %1. El entrenamiento de esta sesión las sigue usando; para conservarlas, copie la carpeta a una en la que pueda escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Labels and splits of %n image(s) saved to %1.</source>
        <translation>
            <numerusform>Etiquetas y particiones de %n imagen guardadas en %1.</numerusform>
            <numerusform>Etiquetas y particiones de %n imágenes guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo is trained from images made in memory, so labels and splits set here are not used by training. Open a folder to label it for training.</source>
        <translation>La demostración se entrena con imágenes generadas en memoria, así que las etiquetas y particiones asignadas aquí no se usan al entrenar. Abra una carpeta para etiquetarla para el entrenamiento.</translation>
    </message>
    <message>
        <source>Training on this folder uses the labels and splits shown here. They are not saved yet: &quot;Save to labels.csv&quot; keeps them for later sessions and for medsynth-cli.</source>
        <translation>El entrenamiento con esta carpeta usa las etiquetas y particiones mostradas aquí. Aún no están guardadas: &quot;Guardar en labels.csv&quot; las conserva para sesiones posteriores y para medsynth-cli.</translation>
    </message>
    <message>
        <source>Training on this folder uses the labels and splits shown here (from labels.csv when the folder has one; otherwise no labels, and splits drawn by patient with seed 1).</source>
        <translation>El entrenamiento con esta carpeta usa las etiquetas y particiones mostradas aquí (de labels.csv si la carpeta tiene uno; si no, sin etiquetas y con particiones por paciente con semilla 1).</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) labelled by their sub-folder.</source>
        <translation>
            <numerusform>%n imagen etiquetada según su subcarpeta.</numerusform>
            <numerusform>%n imágenes etiquetadas según su subcarpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No label changed: the selected images are not in sub-folders, or already have their sub-folder&apos;s name.</source>
        <translation>Ninguna etiqueta cambió: las imágenes seleccionadas no están en subcarpetas o ya tienen el nombre de su subcarpeta.</translation>
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
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Comparing runs is not built yet. In a coming version this page will put finished runs side by side: their loss curves and sample grids, image quality scores such as FID and KID, and a check that the model does not simply copy its training images.</source>
        <translation>La comparación de entrenamientos aún no está hecha. En una próxima versión, esta página pondrá los entrenamientos terminados uno al lado de otro: sus curvas de pérdida y rejillas de muestras, puntuaciones de calidad de imagen como FID y KID, y una comprobación de que el modelo no copia sin más sus imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Exploring a trained model is not built yet. In a coming version you will open a trained model, move sliders to travel through the space of images it can make, watch one image turn into another, and save the images you like as synthetic DICOM or PNG files.</source>
        <translation>La exploración de un modelo entrenado aún no está hecha. En una próxima versión podrá abrir un modelo entrenado, mover controles deslizantes para recorrer el espacio de imágenes que puede generar, ver cómo una imagen se transforma en otra y guardar las imágenes que le gusten como archivos DICOM o PNG sintéticos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The images a model learns from</source>
        <translation>Las imágenes de las que aprende un modelo</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>The networks of a model</source>
        <translation>Las redes de un modelo</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train a model and watch it learn</source>
        <translation>Entrenar un modelo y verlo aprender</translation>
    </message>
    <message>
        <source>Compare runs (not built yet)</source>
        <translation>Comparar entrenamientos (aún no disponible)</translation>
    </message>
    <message>
        <source>Explore a trained model (not built yet)</source>
        <translation>Explorar un modelo entrenado (aún no disponible)</translation>
    </message>
    <message>
        <source>Demo data: %p%</source>
        <translation>Datos de demostración: %p%</translation>
    </message>
    <message>
        <source>The demo dataset is ready.</source>
        <translation>El conjunto de demostración está listo.</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>No se pudo crear el conjunto de demostración: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About MedSynth Workbench</source>
        <translation>&amp;Acerca de MedSynth Workbench</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA GPU(s) available.</source>
        <translation>
            <numerusform>%n GPU CUDA disponible.</numerusform>
            <numerusform>%n GPU CUDA disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU available: training runs on the CPU (%n core(s)).</source>
        <translation>
            <numerusform>No hay GPU CUDA disponible: el entrenamiento se ejecuta en la CPU (%n núcleo).</numerusform>
            <numerusform>No hay GPU CUDA disponible: el entrenamiento se ejecuta en la CPU (%n núcleos).</numerusform>
        </translation>
    </message>
    <message>
        <source>About MedSynth Workbench</source>
        <translation>Acerca de MedSynth Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Train and explore generative models on medical images, without programming.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Synthetic images are for research and teaching, not for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Entrene y explore modelos generativos con imágenes médicas, sin programar.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Las imágenes sintéticas son para investigación y docencia, no para diagnóstico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the demo dataset in the background...</source>
        <translation>Creando el conjunto de demostración en segundo plano...</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Abrir carpeta...</translation>
    </message>
    <message>
        <source>Drop a folder (not a file) to open it on the Data page.</source>
        <translation>Suelte una carpeta (no un archivo) para abrirla en la página Datos.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::MetadataPanel</name>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reveal identifying values</source>
        <translation>Mostrar datos identificativos</translation>
    </message>
    <message>
        <source>Shows the patient names, IDs, dates, UIDs and other identifying values of this file on screen, for this file only. They are never saved or written anywhere.</source>
        <translation>Muestra en pantalla los nombres de paciente, identificadores, fechas, UID y demás datos identificativos de este archivo, solo para este archivo. Nunca se guardan ni se escriben en ningún sitio.</translation>
    </message>
    <message>
        <source>No file shown.</source>
        <translation>No se muestra ningún archivo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Photometric interpretation</source>
        <translation>Interpretación fotométrica</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 x %2 pixels</source>
        <translation>%1 x %2 píxeles</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Samples per pixel</source>
        <translation>Muestras por píxel</translation>
    </message>
    <message>
        <source>Bits allocated / stored</source>
        <translation>Bits asignados / almacenados</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>floating point</source>
        <translation>coma flotante</translation>
    </message>
    <message>
        <source>signed integers</source>
        <translation>enteros con signo</translation>
    </message>
    <message>
        <source>unsigned integers</source>
        <translation>enteros sin signo</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>Sintaxis de transferencia</translation>
    </message>
    <message>
        <source>Slices along</source>
        <translation>Cortes a lo largo de</translation>
    </message>
    <message>
        <source>i (sagittal)</source>
        <translation>i (sagital)</translation>
    </message>
    <message>
        <source>j (coronal)</source>
        <translation>j (coronal)</translation>
    </message>
    <message>
        <source>k (axial)</source>
        <translation>k (axial)</translation>
    </message>
    <message>
        <source>Pixel spacing (mm)</source>
        <translation>Espaciado de píxel (mm)</translation>
    </message>
    <message>
        <source>Slice thickness (mm)</source>
        <translation>Grosor de corte (mm)</translation>
    </message>
    <message>
        <source>Image position (mm)</source>
        <translation>Posición de la imagen (mm)</translation>
    </message>
    <message>
        <source>Image orientation</source>
        <translation>Orientación de la imagen</translation>
    </message>
    <message>
        <source>Values and display</source>
        <translation>Valores y visualización</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>LUT de modalidad</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>Rescale slope / intercept</source>
        <translation>Pendiente / intersección de reescalado</translation>
    </message>
    <message>
        <source>Rescale type</source>
        <translation>Tipo de reescalado</translation>
    </message>
    <message>
        <source>width %1, level %2</source>
        <translation>ancho %1, nivel %2</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Ventana %1</translation>
    </message>
    <message>
        <source>VOI LUTs</source>
        <translation>LUT VOI</translation>
    </message>
    <message>
        <source>VOI LUT function</source>
        <translation>Función de la LUT VOI</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Identifying (masked)</source>
        <translation>Datos identificativos (ocultos)</translation>
    </message>
    <message>
        <source>Identifying values are masked. Reveal shows them on screen for this file only; they are never saved, logged or exported.</source>
        <translation>Los datos identificativos están ocultos. «Mostrar datos identificativos» los muestra en pantalla solo para este archivo; nunca se guardan, registran ni exportan.</translation>
    </message>
    <message>
        <source>The file holds no identifying values.</source>
        <translation>El archivo no contiene datos identificativos.</translation>
    </message>
    <message>
        <source>Only DICOM files carry identifying values.</source>
        <translation>Solo los archivos DICOM contienen datos identificativos.</translation>
    </message>
    <message>
        <source>Identifying (shown)</source>
        <translation>Datos identificativos (visibles)</translation>
    </message>
    <message>
        <source>Mask identifying values</source>
        <translation>Ocultar datos identificativos</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Aún no disponible</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RecentFolders</name>
    <message>
        <source>Recent Folders</source>
        <translation>Carpetas recientes</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>No hay carpetas recientes</translation>
    </message>
    <message>
        <source>Not remembering folders</source>
        <translation>No se recuerdan las carpetas</translation>
    </message>
    <message>
        <source>Remember Recent Folders</source>
        <translation>Recordar carpetas recientes</translation>
    </message>
    <message>
        <source>Keep a list of the folders you open in this program&apos;s settings (paths only).</source>
        <translation>Guardar en la configuración del programa una lista de las carpetas que abre (solo las rutas).</translation>
    </message>
    <message>
        <source>Clear Recent Folders</source>
        <translation>Vaciar la lista de carpetas recientes</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunFollower</name>
    <message numerus="yes">
        <source>%n line(s) of metrics.jsonl could not be read and were skipped (the first is line %1).</source>
        <translation>
            <numerusform>No se pudo leer %n línea de metrics.jsonl y se omitió (la línea %1).</numerusform>
            <numerusform>No se pudieron leer %n líneas de metrics.jsonl y se omitieron (la primera es la línea %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunPickerDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Comparar entrenamientos</translation>
    </message>
    <message>
        <source>Tick the runs to compare (newest first):</source>
        <translation>Marque los entrenamientos que desea comparar (los más recientes primero):</translation>
    </message>
    <message>
        <source>%1 (shown already)</source>
        <translation>%1 (ya se muestra)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunsPanel</name>
    <message>
        <source>Follow a run folder...</source>
        <translation>Seguir carpeta de entrenamiento...</translation>
    </message>
    <message>
        <source>Watch one run as it trains, also one that medsynth-cli writes on another machine into a shared folder.</source>
        <translation>Observa un entrenamiento mientras avanza, también uno que medsynth-cli escribe desde otro equipo en una carpeta compartida.</translation>
    </message>
    <message>
        <source>Compare runs...</source>
        <translation>Comparar entrenamientos...</translation>
    </message>
    <message>
        <source>Add runs to those shown: choose a run folder, or a folder that holds several runs.</source>
        <translation>Añade entrenamientos a los mostrados: elija una carpeta de entrenamiento o una carpeta que contenga varios.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected runs from the charts. Their folders are not touched.</source>
        <translation>Quita los entrenamientos seleccionados de los gráficos. Sus carpetas no se modifican.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The latest sample grid of the selected run appears here.</source>
        <translation>Aquí aparece la rejilla de muestras más reciente del entrenamiento seleccionado.</translation>
    </message>
    <message>
        <source>No run is shown yet.

&quot;Follow a run folder...&quot; watches one run as it trains: its curves and its latest samples update while it runs, also when medsynth-cli writes it on another machine into a shared folder.

&quot;Compare runs...&quot; overlays several runs, one colour per run.</source>
        <translation>Todavía no se muestra ningún entrenamiento.

«Seguir carpeta de entrenamiento...» observa un entrenamiento mientras avanza: sus curvas y sus últimas muestras se actualizan durante el proceso, también cuando medsynth-cli lo escribe desde otro equipo en una carpeta compartida.

«Comparar entrenamientos...» superpone varios entrenamientos, con un color para cada uno.</translation>
    </message>
    <message>
        <source>Runs - MedSynth Workbench</source>
        <translation>Entrenamientos - MedSynth Workbench</translation>
    </message>
    <message>
        <source>This folder cannot be followed. %1</source>
        <translation>No se puede seguir esta carpeta. %1</translation>
    </message>
    <message>
        <source>The run &apos;%1&apos; is shown already.</source>
        <translation>El entrenamiento «%1» ya se muestra.</translation>
    </message>
    <message>
        <source>stopped at step %1</source>
        <translation>detenido en el paso %1</translation>
    </message>
    <message>
        <source>finished, %1 steps</source>
        <translation>terminado, %1 pasos</translation>
    </message>
    <message>
        <source>waiting for the first step</source>
        <translation>esperando el primer paso</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>Experiment %1: template %2, recipe %3</source>
        <translation>Experimento %1: plantilla %2, receta %3</translation>
    </message>
    <message>
        <source>Trains on %1</source>
        <translation>Entrena con %1</translation>
    </message>
    <message>
        <source>%1 has no sample grid yet.</source>
        <translation>%1 todavía no tiene rejilla de muestras.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follow a run folder</source>
        <translation>Seguir una carpeta de entrenamiento</translation>
    </message>
    <message>
        <source>Choose a run folder, or a folder that holds runs</source>
        <translation>Elija una carpeta de entrenamiento o una carpeta que contenga entrenamientos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no training run: neither it nor a folder in it has an experiment.json. Choose a run folder, or the folder that holds your runs (for example the one medsynth-cli train writes into).</source>
        <translation>«%1» no contiene ningún entrenamiento: ni esa carpeta ni ninguna de sus subcarpetas tiene un archivo experiment.json. Elija una carpeta de entrenamiento o la carpeta que contiene sus entrenamientos (por ejemplo, aquella en la que escribe medsynth-cli train).</translation>
    </message>
    <message>
        <source>%1: the runs were measured with different features (%2), so their values are not comparable</source>
        <translation>%1: las ejecuciones se midieron con características distintas (%2), así que sus valores no son comparables</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainPage</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Demo: brain MR (synthetic)</source>
        <translation>Demo: RM cerebral (sintética)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 píxeles</translation>
    </message>
    <message>
        <source>Smaller images train much faster; 32 or 64 suits a laptop.</source>
        <translation>Las imágenes más pequeñas se entrenan mucho más rápido; 32 o 64 van bien en un portátil.</translation>
    </message>
    <message>
        <source>How many images the networks see at each step.</source>
        <translation>Cuántas imágenes ven las redes en cada paso.</translation>
    </message>
    <message>
        <source>How many times the generator is updated. More steps take longer and usually give better images.</source>
        <translation>Cuántas veces se actualiza el generador. Más pasos tardan más y suelen dar mejores imágenes.</translation>
    </message>
    <message>
        <source>Fixed seed</source>
        <translation>Semilla fija</translation>
    </message>
    <message>
        <source>With a fixed seed, the same settings give the same run again.</source>
        <translation>Con una semilla fija, los mismos ajustes repiten el mismo entrenamiento.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Tamaño de imagen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamaño de lote:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>End the run after the current step; its results so far are kept.</source>
        <translation>Termina el entrenamiento tras el paso actual; se conservan los resultados obtenidos hasta ahora.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Device: chosen when the run starts</source>
        <translation>Dispositivo: se elige al iniciar el entrenamiento</translation>
    </message>
    <message>
        <source>Speed: -</source>
        <translation>Velocidad: -</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Paso %v de %m</translation>
    </message>
    <message>
        <source>Ready. Choose the settings on the left and press Start.</source>
        <translation>Listo. Elija los ajustes de la izquierda y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Generated samples appear here while the model trains.</source>
        <translation>Las muestras generadas aparecen aquí mientras el modelo se entrena.</translation>
    </message>
    <message>
        <source>No architecture template is available, so there is nothing to train. The installation may be incomplete: reinstall MedSynth Workbench.</source>
        <translation>No hay ninguna plantilla de arquitectura disponible, así que no hay nada que entrenar. Puede que la instalación esté incompleta: vuelva a instalar MedSynth Workbench.</translation>
    </message>
    <message>
        <source>Device: being chosen...</source>
        <translation>Dispositivo: eligiéndose...</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Carpeta del entrenamiento: %1</translation>
    </message>
    <message>
        <source>Loading the images (seed %1)...</source>
        <translation>Cargando las imágenes (semilla %1)...</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Deteniendo tras el paso actual...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The training could not run.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;What to do: change the set-up on the left (for example a smaller image size or batch size, or another dataset) and press Start again.</source>
        <translation>&lt;b&gt;No se pudo realizar el entrenamiento.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Qué hacer: cambie la configuración de la izquierda (por ejemplo, un tamaño de imagen o de lote menor, u otro conjunto de datos) y pulse Iniciar de nuevo.</translation>
    </message>
    <message>
        <source>Loading the images: %1 of %2...</source>
        <translation>Cargando las imágenes: %1 de %2...</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s); %1 unreadable file(s) left out. Preparing the model...</source>
        <translation>
            <numerusform>%n imagen cargada; se omitieron %1 archivos ilegibles. Preparando el modelo...</numerusform>
            <numerusform>%n imágenes cargadas; se omitieron %1 archivos ilegibles. Preparando el modelo...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s). Preparing the model...</source>
        <translation>
            <numerusform>%n imagen cargada. Preparando el modelo...</numerusform>
            <numerusform>%n imágenes cargadas. Preparando el modelo...</numerusform>
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
            <numerusform>Dispositivo: %1, %n hilo</numerusform>
            <numerusform>Dispositivo: %1, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Generator: %1 parameters, discriminator: %2 parameters.</source>
        <translation>Generador: %1 parámetros; discriminador: %2 parámetros.</translation>
    </message>
    <message>
        <source>Training...</source>
        <translation>Entrenando...</translation>
    </message>
    <message>
        <source>Estimating time left...</source>
        <translation>Estimando el tiempo restante...</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Quedan unos %1</translation>
    </message>
    <message>
        <source>Speed: %1 images/s</source>
        <translation>Velocidad: %1 imágenes/s</translation>
    </message>
    <message>
        <source>Training: step %1 of %2, epoch %3. Generator loss %4, discriminator loss %5.</source>
        <translation>Entrenando: paso %1 de %2, época %3. Pérdida del generador %4, pérdida del discriminador %5.</translation>
    </message>
    <message>
        <source>Stopped at step %1 after %2. The results so far are in the run folder.</source>
        <translation>Detenido en el paso %1 tras %2. Los resultados obtenidos están en la carpeta del entrenamiento.</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2. The results are in the run folder.</source>
        <translation>Terminado: %1 pasos en %2. Los resultados están en la carpeta del entrenamiento.</translation>
    </message>
    <message>
        <source>The training stopped with an error.</source>
        <translation>El entrenamiento se detuvo por un error.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
    <message>
        <source>This template cannot be built with these choices: %1</source>
        <translation>Esta plantilla no se puede construir con estas opciones: %1</translation>
    </message>
    <message>
        <source>Other runs</source>
        <translation>Otros entrenamientos</translation>
    </message>
    <message>
        <source>Follow a run folder...</source>
        <translation>Seguir carpeta de entrenamiento...</translation>
    </message>
    <message>
        <source>Compare runs...</source>
        <translation>Comparar entrenamientos...</translation>
    </message>
    <message>
        <source>Last checkpoint: step %1 (%2)</source>
        <translation>Último punto de control: paso %1 (%2)</translation>
    </message>
    <message>
        <source>The run paused itself at step %1 so nothing is lost.</source>
        <translation>El entrenamiento se pausó solo en el paso %1 para que no se pierda nada.</translation>
    </message>
    <message>
        <source>The model on the Design page</source>
        <translation>El modelo de la página Diseño</translation>
    </message>
    <message numerus="yes">
        <source>The model on the Design page has %n problem(s) to fix before it can train. The Design page lists each one with its fix.</source>
        <translation>
            <numerusform>El modelo de la página Diseño tiene %n problema que corregir antes de poder entrenarse. La página Diseño lo indica junto con su solución.</numerusform>
            <numerusform>El modelo de la página Diseño tiene %n problemas que corregir antes de poder entrenarse. La página Diseño indica cada uno junto con su solución.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model on the Design page is for the %1 recipe, which this version cannot train yet.</source>
        <translation>El modelo de la página Diseño es para la receta %1, que esta versión todavía no puede entrenar.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause after the current step (a checkpoint is written); press again to go on.</source>
        <translation>Pausar tras el paso actual (se escribe un punto de control); pulse de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>While paused: one training step. The arrow offers one discriminator update or one generator update alone (GANs).</source>
        <translation>En pausa: un paso de entrenamiento. La flecha ofrece una sola actualización del discriminador o del generador (GAN).</translation>
    </message>
    <message>
        <source>One discriminator update</source>
        <translation>Una actualización del discriminador</translation>
    </message>
    <message>
        <source>One generator update</source>
        <translation>Una actualización del generador</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: a checkpoint is written; Step trains one step at a time.</source>
        <translation>En pausa: se ha escrito un punto de control; Paso entrena un paso cada vez.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Learning rate set to %1 from the next step on.</source>
        <translation>Tasa de aprendizaje fijada en %1 a partir del siguiente paso.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Continue a run...</source>
        <translation>Continuar una ejecución...</translation>
    </message>
    <message>
        <source>Go on with a stopped or interrupted run from its last checkpoint, with its own settings. A run trained on a folder needs that folder as the Dataset.</source>
        <translation>Seguir con una ejecución detenida o interrumpida desde su último punto de control, con su propia configuración. Una ejecución entrenada con una carpeta necesita esa carpeta como conjunto de datos.</translation>
    </message>
    <message>
        <source>Fork from a checkpoint...</source>
        <translation>Bifurcar desde un punto de control...</translation>
    </message>
    <message>
        <source>Start a new run from any checkpoint of a run (its checkpoints folder): the same model and settings, trained up to the Steps set above.</source>
        <translation>Iniciar una ejecución nueva desde cualquier punto de control de una ejecución (su carpeta checkpoints): el mismo modelo y la misma configuración, entrenados hasta los pasos indicados arriba.</translation>
    </message>
    <message>
        <source>Continue a run: choose its run folder</source>
        <translation>Continuar una ejecución: elija su carpeta</translation>
    </message>
    <message>
        <source>Fork from a checkpoint</source>
        <translation>Bifurcar desde un punto de control</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt)</source>
        <translation>Puntos de control (*.pt)</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Preparación de datos</translation>
    </message>
    <message>
        <source>How the images of a folder become the model&apos;s input. The demo data is made at the model&apos;s size and only takes the augmentation.</source>
        <translation>Cómo se convierten las imágenes de una carpeta en la entrada del modelo. Los datos de demostración se generan al tamaño del modelo y solo reciben el aumento de datos.</translation>
    </message>
    <message>
        <source>The file&apos;s own</source>
        <translation>La del archivo</translation>
    </message>
    <message>
        <source>Percentiles 1 to 99</source>
        <translation>Percentiles 1 a 99</translation>
    </message>
    <message>
        <source>CT: %1</source>
        <translation>TC: %1</translation>
    </message>
    <message>
        <source>Which range of values is shown from black to white. CT presets apply to CT images (and NIfTI or NumPy volumes); other images keep their own window.</source>
        <translation>Qué rango de valores se muestra de negro a blanco. Los ajustes de TC se aplican a imágenes de TC (y a volúmenes NIfTI o NumPy); las demás imágenes conservan su propia ventana.</translation>
    </message>
    <message>
        <source>Crop to a square</source>
        <translation>Recortar a un cuadrado</translation>
    </message>
    <message>
        <source>Pad to a square</source>
        <translation>Rellenar hasta un cuadrado</translation>
    </message>
    <message>
        <source>Images that are not square: keep their centre square, or keep all of the image on a black border.</source>
        <translation>Imágenes que no son cuadradas: conservar su cuadrado central, o conservar toda la imagen sobre un borde negro.</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Voltear</translation>
    </message>
    <message>
        <source>Mirror half of the training images left to right.</source>
        <translation>Refleja de izquierda a derecha la mitad de las imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Rotate ±</source>
        <translation>Girar ±</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Sin giro</translation>
    </message>
    <message>
        <source>Rotate each training image by a random angle up to this many degrees.</source>
        <translation>Gira cada imagen de entrenamiento un ángulo aleatorio de hasta tantos grados.</translation>
    </message>
    <message>
        <source>Shift ±</source>
        <translation>Desplazar ±</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>Sin desplazamiento</translation>
    </message>
    <message>
        <source>Move each training image by up to this share of its size.</source>
        <translation>Desplaza cada imagen de entrenamiento hasta esta fracción de su tamaño.</translation>
    </message>
    <message>
        <source>Contrast ±</source>
        <translation>Contraste ±</translation>
    </message>
    <message>
        <source>No contrast</source>
        <translation>Sin contraste</translation>
    </message>
    <message>
        <source>Change each training image&apos;s contrast and brightness by up to this much.</source>
        <translation>Cambia el contraste y el brillo de cada imagen de entrenamiento hasta esta cantidad.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <source>Augment each training batch:</source>
        <translation>Aumentar cada lote de entrenamiento:</translation>
    </message>
    <message>
        <source>This run has done all its %1 steps. To train it further, fork it from its last checkpoint (checkpoints/latest.pt) with more steps.</source>
        <translation>Esta ejecución ha completado sus %1 pasos. Para entrenarla más, bifúrquela desde su último punto de control (checkpoints/latest.pt) con más pasos.</translation>
    </message>
    <message>
        <source>Continuing from step %1: loading the images...</source>
        <translation>Continuando desde el paso %1: cargando las imágenes...</translation>
    </message>
    <message>
        <source>The checkpoint is at step %1, so a run forked from it needs more steps than that. Set Steps above %1 and fork again.</source>
        <translation>El punto de control está en el paso %1, así que una ejecución bifurcada desde él necesita más pasos. Ponga más de %1 pasos y vuelva a bifurcar.</translation>
    </message>
    <message>
        <source>Forking from step %1: loading the images...</source>
        <translation>Bifurcando desde el paso %1: cargando las imágenes...</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>The labels and splits set on the Data page are used, but they are not saved: save them there (&quot;Save to labels.csv&quot;) to be able to continue this run in a later session.</source>
        <translation>Se usan las etiquetas y particiones asignadas en la página Datos, pero no están guardadas: guárdelas allí (&quot;Guardar en labels.csv&quot;) para poder continuar esta ejecución en una sesión posterior.</translation>
    </message>
    <message>
        <source>Training settings...</source>
        <translation>Ajustes de entrenamiento...</translation>
    </message>
    <message>
        <source>The optimizer and learning rates, the schedule, the losses, how often checkpoints are written and FID/KID measured, and the device. They start as the template recommends and are kept for each template.</source>
        <translation>El optimizador y las tasas de aprendizaje, la programación, las pérdidas, cada cuánto se escriben puntos de control y se mide FID/KID, y el dispositivo. Empiezan como recomienda la plantilla y se guardan para cada plantilla.</translation>
    </message>
    <message>
        <source>Save experiment...</source>
        <translation>Guardar experimento...</translation>
    </message>
    <message>
        <source>Save everything Start would run as an experiment file, to run again here or with &quot;medsynth-cli train FILE&quot; on another machine.</source>
        <translation>Guardar todo lo que ejecutaría Iniciar como archivo de experimento, para ejecutarlo de nuevo aquí o con «medsynth-cli train ARCHIVO» en otra máquina.</translation>
    </message>
    <message>
        <source>The training settings kept for this template cannot be used (%1). Open Training settings and choose &quot;Restore the template&apos;s&quot;.</source>
        <translation>Los ajustes de entrenamiento guardados para esta plantilla no se pueden usar (%1). Abra Ajustes de entrenamiento y elija «Restaurar los de la plantilla».</translation>
    </message>
    <message>
        <source>Training settings saved for this template; the next run uses them.</source>
        <translation>Ajustes de entrenamiento guardados para esta plantilla; la próxima ejecución los usa.</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Guardar experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimentos (*.json)</translation>
    </message>
    <message>
        <source>The experiment could not be saved to %1 (%2). Choose another folder, or free some disk space.</source>
        <translation>No se pudo guardar el experimento en %1 (%2). Elija otra carpeta o libere espacio en disco.</translation>
    </message>
    <message>
        <source>Experiment saved to %1. Run it with: medsynth-cli train &quot;%1&quot; --data DATASET</source>
        <translation>Experimento guardado en %1. Ejecútelo con: medsynth-cli train &quot;%1&quot; --data CONJUNTO</translation>
    </message>
    <message>
        <source>A new learning rate, used from the next step on.</source>
        <translation>Una nueva tasa de aprendizaje, usada a partir del siguiente paso.</translation>
    </message>
    <message>
        <source>Every network</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <source>Which network the new learning rate is for. Lowering only the discriminator&apos;s helps when it wins too easily.</source>
        <translation>Para qué red es la nueva tasa de aprendizaje. Bajar solo la del discriminador ayuda cuando gana con demasiada facilidad.</translation>
    </message>
    <message>
        <source>Learning rate (%1) set to %2 from the next step on.</source>
        <translation>Tasa de aprendizaje (%1) fijada en %2 a partir del siguiente paso.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Axial (along k)</source>
        <translation>Axial (a lo largo de k)</translation>
    </message>
    <message>
        <source>Coronal (along j)</source>
        <translation>Coronal (a lo largo de j)</translation>
    </message>
    <message>
        <source>Sagittal (along i)</source>
        <translation>Sagital (a lo largo de i)</translation>
    </message>
    <message>
        <source>How NIfTI volumes are cut into training images: along their third, second or first axis. The names hold for scans stored in the usual order.</source>
        <translation>Cómo se cortan los volúmenes NIfTI en imágenes de entrenamiento: a lo largo de su tercer, segundo o primer eje. Los nombres valen para estudios guardados en el orden habitual.</translation>
    </message>
    <message>
        <source>Volume slices:</source>
        <translation>Cortes de volumen:</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message numerus="yes">
        <source>every %n step(s)</source>
        <translation>
            <numerusform>cada %n paso</numerusform>
            <numerusform>cada %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>One discriminator update: discriminator loss %1, D(x) %2, D(G(z)) %3.</source>
        <translation>Una actualización del discriminador: pérdida del discriminador %1, D(x) %2, D(G(z)) %3.</translation>
    </message>
    <message>
        <source>One generator update (step %1): generator loss %2.</source>
        <translation>Una actualización del generador (paso %1): pérdida del generador %2.</translation>
    </message>
    <message>
        <source>Training: step %1 of %2, epoch %3. Loss %4.</source>
        <translation>Entrenamiento: paso %1 de %2, época %3. Pérdida %4.</translation>
    </message>
    <message>
        <source>Open experiment...</source>
        <translation>Abrir experimento...</translation>
    </message>
    <message>
        <source>Train an experiment file: a run&apos;s experiment.json, or one saved here or written for medsynth-cli. Its model and settings are used as they are.</source>
        <translation>Entrenar un archivo de experimento: el experiment.json de una ejecución, o uno guardado aquí o escrito para medsynth-cli. Su modelo y sus ajustes se usan tal cual.</translation>
    </message>
    <message>
        <source>Training settings changed for this experiment; the next run uses them.</source>
        <translation>Ajustes de entrenamiento cambiados para este experimento; la próxima ejecución los usa.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Abrir experimento</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an experiment: %2. Choose an experiment.json of a run, or a file saved with &quot;Save experiment...&quot;.</source>
        <translation>%1 no se puede abrir como experimento: %2. Elija el experiment.json de una ejecución o un archivo guardado con «Guardar experimento...».</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experimento: %1</translation>
    </message>
    <message>
        <source>Experiment opened: Start trains it on the demo data, as it was.</source>
        <translation>Experimento abierto: Iniciar lo entrena con los datos de demostración, como antes.</translation>
    </message>
    <message>
        <source>Experiment opened. It was trained on a folder, which experiment files never name: choose that folder as the Dataset, then Start.</source>
        <translation>Experimento abierto. Se entrenó con una carpeta, que los archivos de experimento nunca nombran: elija esa carpeta como conjunto de datos y luego Iniciar.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainingSettingsDialog</name>
    <message>
        <source>Training settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW (decoupled weight decay)</source>
        <translation>AdamW (decaimiento de pesos desacoplado)</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>How each network&apos;s weights follow their gradients. Adam suits most models.</source>
        <translation>Cómo siguen los pesos de cada red a sus gradientes. Adam va bien a la mayoría de los modelos.</translation>
    </message>
    <message>
        <source>How large each update is. Too large and training becomes unstable or NaN; too small and it learns slowly.</source>
        <translation>Lo grande que es cada actualización. Demasiado grande y el entrenamiento se vuelve inestable o NaN; demasiado pequeña y aprende despacio.</translation>
    </message>
    <message>
        <source>The discriminator&apos;s (critic&apos;s) own learning rate. Lower it when the discriminator wins too easily.</source>
        <translation>La tasa de aprendizaje propia del discriminador (crítico). Bájela cuando el discriminador gane con demasiada facilidad.</translation>
    </message>
    <message>
        <source>Adam&apos;s smoothing of the gradients; 0.5 is usual for GANs, 0.9 otherwise.</source>
        <translation>El suavizado de los gradientes de Adam; 0,5 es lo habitual en GAN, 0,9 en lo demás.</translation>
    </message>
    <message>
        <source>Adam&apos;s smoothing of the squared gradients; 0.999 is usual.</source>
        <translation>El suavizado de los gradientes al cuadrado de Adam; 0,999 es lo habitual.</translation>
    </message>
    <message>
        <source>How much of the last update carries into the next (SGD, RMSprop); 0.9 is usual.</source>
        <translation>Cuánto de la última actualización pasa a la siguiente (SGD, RMSprop); 0,9 es lo habitual.</translation>
    </message>
    <message>
        <source>Pulls weights towards zero at each step; 0 is off.</source>
        <translation>Lleva los pesos hacia cero en cada paso; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <source>Generator learning rate:</source>
        <translation>Tasa de aprendizaje del generador:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Discriminator learning rate:</source>
        <translation>Tasa de aprendizaje del discriminador:</translation>
    </message>
    <message>
        <source>Beta 1:</source>
        <translation>Beta 1:</translation>
    </message>
    <message>
        <source>Beta 2:</source>
        <translation>Beta 2:</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>Decaimiento de pesos:</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step: multiply by a factor every N steps</source>
        <translation>Escalones: multiplicar por un factor cada N pasos</translation>
    </message>
    <message>
        <source>Cosine: down to a minimum over the run</source>
        <translation>Coseno: hasta un mínimo a lo largo de la ejecución</translation>
    </message>
    <message>
        <source>How the learning rates change over the run.</source>
        <translation>Cómo cambian las tasas de aprendizaje durante la ejecución.</translation>
    </message>
    <message>
        <source>Every this many steps the learning rates are multiplied by the factor.</source>
        <translation>Cada tantos pasos las tasas de aprendizaje se multiplican por el factor.</translation>
    </message>
    <message>
        <source>The factor, for example 0.5.</source>
        <translation>El factor, por ejemplo 0,5.</translation>
    </message>
    <message>
        <source>The share of the learning rate left at the end of the run.</source>
        <translation>La parte de la tasa de aprendizaje que queda al final de la ejecución.</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Programación:</translation>
    </message>
    <message>
        <source>Every (steps):</source>
        <translation>Cada (pasos):</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>Factor:</translation>
    </message>
    <message>
        <source>Down to (share):</source>
        <translation>Hasta (parte):</translation>
    </message>
    <message>
        <source>Moving average of the generator&apos;s weights</source>
        <translation>Media móvil de los pesos del generador</translation>
    </message>
    <message>
        <source>Samples and evaluation use a slowly moving average of the generator&apos;s weights, which often gives steadier, better images.</source>
        <translation>Las muestras y la evaluación usan una media de movimiento lento de los pesos del generador, que suele dar imágenes más estables y mejores.</translation>
    </message>
    <message>
        <source>How slowly the average moves: 0.999 keeps about the last thousand steps.</source>
        <translation>Lo despacio que se mueve la media: 0,999 conserva aproximadamente los últimos mil pasos.</translation>
    </message>
    <message>
        <source>Average decay:</source>
        <translation>Decaimiento de la media:</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Binary cross-entropy (non-saturating)</source>
        <translation>Entropía cruzada binaria (no saturante)</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <source>How the discriminator scores real and generated images. Hinge often trains more steadily.</source>
        <translation>Cómo puntúa el discriminador las imágenes reales y las generadas. Hinge suele entrenar de forma más estable.</translation>
    </message>
    <message>
        <source>Discriminator (critic) updates per generator update; WGAN-GP usually takes 5.</source>
        <translation>Actualizaciones del discriminador (crítico) por cada actualización del generador; WGAN-GP suele usar 5.</translation>
    </message>
    <message>
        <source>Weight of WGAN-GP&apos;s gradient penalty; 10 is usual.</source>
        <translation>Peso de la penalización del gradiente de WGAN-GP; 10 es lo habitual.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
    </message>
    <message>
        <source>How a reconstruction is compared with its image.</source>
        <translation>Cómo se compara una reconstrucción con su imagen.</translation>
    </message>
    <message>
        <source>Weight of the KL term (beta): higher gives a smoother latent space and blurrier images.</source>
        <translation>Peso del término KL (beta): más alto da un espacio latente más suave e imágenes más borrosas.</translation>
    </message>
    <message>
        <source>The KL weight grows from 0 to beta over these steps; 0 starts at beta.</source>
        <translation>El peso KL crece de 0 a beta a lo largo de estos pasos; 0 empieza en beta.</translation>
    </message>
    <message>
        <source>Weight of the feature reconstruction in the decoder&apos;s loss.</source>
        <translation>Peso de la reconstrucción de características en la pérdida del decodificador.</translation>
    </message>
    <message>
        <source>Weight of the L1 distance to the target image (lambda); 100 is usual.</source>
        <translation>Peso de la distancia L1 a la imagen objetivo (lambda); 100 es lo habitual.</translation>
    </message>
    <message>
        <source>Mask to image</source>
        <translation>Máscara a imagen</translation>
    </message>
    <message>
        <source>Image to mask</source>
        <translation>Imagen a máscara</translation>
    </message>
    <message>
        <source>Which of a pair is the input and which the target.</source>
        <translation>Qué elemento de un par es la entrada y cuál el objetivo.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <source>Focal (for rare classes)</source>
        <translation>Focal (para clases raras)</translation>
    </message>
    <message>
        <source>Focal loss weighs the hard, often rare, examples more.</source>
        <translation>La pérdida focal da más peso a los ejemplos difíciles, a menudo raros.</translation>
    </message>
    <message>
        <source>How strongly focal loss ignores easy examples; 2 is usual.</source>
        <translation>Cuánto ignora la pérdida focal los ejemplos fáciles; 2 es lo habitual.</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Tversky</source>
        <translation>Tversky</translation>
    </message>
    <message>
        <source>Focal Tversky</source>
        <translation>Tversky focal</translation>
    </message>
    <message>
        <source>Binary cross-entropy plus Dice</source>
        <translation>Entropía cruzada binaria más Dice</translation>
    </message>
    <message>
        <source>How a predicted mask is compared with the true one. Tversky weighs missed pixels against extra ones.</source>
        <translation>Cómo se compara una máscara predicha con la verdadera. Tversky sopesa los píxeles omitidos frente a los sobrantes.</translation>
    </message>
    <message>
        <source>Tversky: weight of pixels marked but not in the mask (false positives).</source>
        <translation>Tversky: peso de los píxeles marcados que no están en la máscara (falsos positivos).</translation>
    </message>
    <message>
        <source>Tversky: weight of mask pixels missed (false negatives).</source>
        <translation>Tversky: peso de los píxeles de la máscara omitidos (falsos negativos).</translation>
    </message>
    <message>
        <source>Focal Tversky: the loss is (1 - Tversky index) to the power 1/gamma.</source>
        <translation>Tversky focal: la pérdida es (1 - índice de Tversky) elevado a 1/gamma.</translation>
    </message>
    <message>
        <source>Adversarial loss:</source>
        <translation>Pérdida adversaria:</translation>
    </message>
    <message>
        <source>Critic steps:</source>
        <translation>Pasos del crítico:</translation>
    </message>
    <message>
        <source>Gradient penalty:</source>
        <translation>Penalización del gradiente:</translation>
    </message>
    <message>
        <source>Reconstruction:</source>
        <translation>Reconstrucción:</translation>
    </message>
    <message>
        <source>KL weight (beta):</source>
        <translation>Peso KL (beta):</translation>
    </message>
    <message>
        <source>KL warm-up (steps):</source>
        <translation>Calentamiento KL (pasos):</translation>
    </message>
    <message>
        <source>Feature reconstruction weight:</source>
        <translation>Peso de la reconstrucción de características:</translation>
    </message>
    <message>
        <source>L1 weight:</source>
        <translation>Peso L1:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Pérdida:</translation>
    </message>
    <message>
        <source>Focal gamma:</source>
        <translation>Gamma focal:</translation>
    </message>
    <message>
        <source>Tversky alpha:</source>
        <translation>Alfa de Tversky:</translation>
    </message>
    <message>
        <source>Tversky beta:</source>
        <translation>Beta de Tversky:</translation>
    </message>
    <message>
        <source>Focal Tversky gamma:</source>
        <translation>Gamma de Tversky focal:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Write a checkpoint every this many steps, so that a crash or a NaN loss loses little. Checkpoints are also written on Pause and Stop.</source>
        <translation>Escribir un punto de control cada tantos pasos, para que un fallo o una pérdida NaN cueste poco. También se escriben al pausar y al detener.</translation>
    </message>
    <message>
        <source>Only on Pause and Stop</source>
        <translation>Solo al pausar y detener</translation>
    </message>
    <message>
        <source>Measure FID and KID of fixed samples against the real images every this many steps. On the CPU the interval grows so that measuring takes at most a tenth of the time.</source>
        <translation>Medir FID y KID de muestras fijas frente a las imágenes reales cada tantos pasos. En la CPU el intervalo crece para que medir cueste como mucho una décima parte del tiempo.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Built-in feature network</source>
        <translation>Red de características integrada</translation>
    </message>
    <message>
        <source>A TorchScript file...</source>
        <translation>Un archivo TorchScript...</translation>
    </message>
    <message>
        <source>The network whose features FID and KID compare. The built-in one is fixed and seeded; a TorchScript file (for example an Inception-v3 export) makes the numbers comparable with other tools. Charts name the features used.</source>
        <translation>La red cuyas características comparan FID y KID. La integrada es fija y con semilla; un archivo TorchScript (por ejemplo una exportación de Inception-v3) hace los números comparables con otras herramientas. Los gráficos indican qué características se usaron.</translation>
    </message>
    <message>
        <source>TorchScript file (.pt)</source>
        <translation>Archivo TorchScript (.pt)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Automatic: an NVIDIA GPU when there is one</source>
        <translation>Automático: una GPU NVIDIA si la hay</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>Where the model trains. The Train page says which device a run uses and why.</source>
        <translation>Dónde se entrena el modelo. La página Entrenar indica qué dispositivo usa una ejecución y por qué.</translation>
    </message>
    <message>
        <source>32-bit floating point</source>
        <translation>Coma flotante de 32 bits</translation>
    </message>
    <message>
        <source>bfloat16 on a GPU (faster)</source>
        <translation>bfloat16 en una GPU (más rápido)</translation>
    </message>
    <message>
        <source>bfloat16 runs faster on recent NVIDIA GPUs; on the CPU the run uses 32-bit and says so.</source>
        <translation>bfloat16 va más rápido en GPU NVIDIA recientes; en la CPU la ejecución usa 32 bits y lo indica.</translation>
    </message>
    <message>
        <source>Checkpoint every (steps):</source>
        <translation>Punto de control cada (pasos):</translation>
    </message>
    <message>
        <source>FID/KID every (steps):</source>
        <translation>FID/KID cada (pasos):</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Características:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <source>Restore the template&apos;s</source>
        <translation>Restaurar los de la plantilla</translation>
    </message>
    <message>
        <source>How the model trains. Only the settings its recipe uses are shown; the template&apos;s recommendations are a good start.</source>
        <translation>Cómo se entrena el modelo. Solo se muestran los ajustes que usa su receta; las recomendaciones de la plantilla son un buen comienzo.</translation>
    </message>
    <message>
        <source>Feature network (TorchScript)</source>
        <translation>Red de características (TorchScript)</translation>
    </message>
    <message>
        <source>TorchScript files (*.pt *.pth *.ts);;All files (*)</source>
        <translation>Archivos TorchScript (*.pt *.pth *.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the TorchScript file of the feature network, or the built-in network.</source>
        <translation>Elija el archivo TorchScript de la red de características, o la red integrada.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainingWorker</name>
    <message>
        <source>The training stopped because of an unexpected internal error.</source>
        <translation>El entrenamiento se detuvo por un error interno inesperado.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::BlockInspector</name>
    <message>
        <source>No block selected</source>
        <translation>Ningún bloque seleccionado</translation>
    </message>
    <message>
        <source>Select a block in the network to see what it does and change its settings.</source>
        <translation>Seleccione un bloque de la red para ver qué hace y cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. 100, 1, 1</source>
        <translation>p. ej. 100, 1, 1</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, for example 100, 1, 1.</source>
        <translation>Escriba números enteros separados por comas, por ejemplo 100, 1, 1.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::BlockPalette</name>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Buscar bloques</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerMinimap</name>
    <message>
        <source>Overview of the whole network: click or drag to move the view.</source>
        <translation>Vista general de toda la red: haga clic o arrastre para mover la vista.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerScene</name>
    <message>
        <source>There is no network to add the block to.</source>
        <translation>No hay ninguna red a la que añadir el bloque.</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n connection(s)</source>
        <translation>
            <numerusform>Desconectar %n conexión</numerusform>
            <numerusform>Desconectar %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no blocks to paste.</source>
        <translation>El portapapeles no contiene bloques que pegar.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerView</name>
    <message>
        <source>Arrange blocks</source>
        <translation>Organizar bloques</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::GraphModel</name>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>El grafo no tiene la red número %1.</translation>
    </message>
    <message>
        <source>A block needs an id.</source>
        <translation>Un bloque necesita un identificador.</translation>
    </message>
    <message>
        <source>There is already a block named &apos;%1&apos;; every block needs its own id.</source>
        <translation>Ya hay un bloque llamado «%1»; cada bloque necesita su propio identificador.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known block type.</source>
        <translation>«%1» no es un tipo de bloque conocido.</translation>
    </message>
    <message>
        <source>The parameters of &apos;%1&apos; must be a JSON object.</source>
        <translation>Los parámetros de «%1» deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>No hay ningún bloque llamado «%1».</translation>
    </message>
    <message>
        <source>Block &apos;%1&apos; (%2) has no output &apos;%3&apos;.</source>
        <translation>El bloque «%1» (%2) no tiene la salida «%3».</translation>
    </message>
    <message>
        <source>Block &apos;%1&apos; (%2) has no input &apos;%3&apos;.</source>
        <translation>El bloque «%1» (%2) no tiene la entrada «%3».</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is already connected; an input takes one connection. Remove the existing connection first.</source>
        <translation>La entrada «%1» del bloque «%2» ya está conectada; una entrada admite una sola conexión. Quite antes la conexión existente.</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a loop; data must flow one way.</source>
        <translation>Conectar «%1» con «%2» crearía un bucle; los datos deben fluir en un solo sentido.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is not connected.</source>
        <translation>La entrada «%1» del bloque «%2» no está conectada.</translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard does not hold MedSynth blocks.</source>
        <translation>No se puede pegar: el portapapeles no contiene bloques de MedSynth.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>No se puede pegar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot paste: the clipboard holds %n network(s); paste takes blocks from one network.</source>
        <translation>
            <numerusform>No se puede pegar: el portapapeles contiene %n red; pegar toma bloques de una sola red.</numerusform>
            <numerusform>No se puede pegar: el portapapeles contiene %n redes; pegar toma bloques de una sola red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard holds no blocks.</source>
        <translation>No se puede pegar: el portapapeles no contiene bloques.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::HistogramChart</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::ImageViewer</name>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Fotograma %1 de %2</translation>
    </message>
    <message>
        <source>%1 x %2 px, zoom %3%</source>
        <translation>%1 x %2 px, zoom %3%</translation>
    </message>
    <message>
        <source>Window width and level (centre), in the image&apos;s values. Drag with the right or middle mouse button to change them.</source>
        <translation>Ancho y nivel (centro) de la ventana, en los valores de la imagen. Arrastre con el botón derecho o central del ratón para cambiarlos.</translation>
    </message>
    <message>
        <source>Window presets</source>
        <translation>Ventanas predefinidas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the viewer (or double click the image)</source>
        <translation>Ajustar la imagen al visor (o hacer doble clic en la imagen)</translation>
    </message>
    <message>
        <source>Frame or slice shown</source>
        <translation>Fotograma o corte mostrado</translation>
    </message>
    <message>
        <source>Select an image to view it.</source>
        <translation>Seleccione una imagen para verla.</translation>
    </message>
    <message>
        <source>The file has no frames to show.</source>
        <translation>El archivo no tiene fotogramas que mostrar.</translation>
    </message>
    <message>
        <source>Width %1, level %2</source>
        <translation>Ancho %1, nivel %2</translation>
    </message>
    <message>
        <source>From the values</source>
        <translation>A partir de los valores</translation>
    </message>
    <message>
        <source>Percentiles 1 to 99</source>
        <translation>Percentiles 1 a 99</translation>
    </message>
    <message>
        <source>Percentiles 0.5 to 99.5</source>
        <translation>Percentiles 0,5 a 99,5</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Mínimo a máximo</translation>
    </message>
    <message>
        <source> (MONOCHROME1: shown inverted)</source>
        <translation> (MONOCHROME1: se muestra invertida)</translation>
    </message>
    <message>
        <source>Right or middle drag: window (left/right) and level (up/down). Left drag: pan. Double click: fit.
Wheel, Up/Down, PageUp/PageDown: previous/next slice or frame (Home/End: first/last). Ctrl + wheel: zoom (the wheel alone for a single image).</source>
        <translation>Arrastre con el botón derecho o central: ventana (izquierda/derecha) y nivel (arriba/abajo). Arrastre con el izquierdo: desplazar. Doble clic: ajustar.
Rueda, Arriba/Abajo, RePág/AvPág: corte o fotograma anterior/siguiente (Inicio/Fin: primero/último). Ctrl + rueda: zoom (la rueda sola en una imagen única).</translation>
    </message>
    <message>
        <source>VOI LUT of the file</source>
        <translation>VOI LUT del archivo</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Corte %1 de %2</translation>
    </message>
    <message>
        <source> (loading...)</source>
        <translation> (cargando...)</translation>
    </message>
    <message>
        <source>The file&apos;s VOI LUT: a table from values to shades of gray</source>
        <translation>La VOI LUT del archivo: una tabla de valores a tonos de gris</translation>
    </message>
    <message>
        <source>VOI LUT of the file (a drag changes to a window)</source>
        <translation>VOI LUT del archivo (al arrastrar pasa a una ventana)</translation>
    </message>
    <message>
        <source> (sigmoid, as the file asks)</source>
        <translation> (sigmoide, como pide el archivo)</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::MetricChart</name>
    <message>
        <source>Training step</source>
        <translation>Paso de entrenamiento</translation>
    </message>
    <message>
        <source>Wheel: zoom. Drag: pan. Double-click: follow the run again. Right-click: log scale and export.</source>
        <translation>Rueda: zoom. Arrastrar: desplazar. Doble clic: volver a seguir el entrenamiento. Clic derecho: escala logarítmica y exportación.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose another folder.</source>
        <translation>No se pudo escribir el gráfico en %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>Exportar como PNG...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as PDF...</source>
        <translation>Exportar como PDF...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export values as CSV...</source>
        <translation>Exportar valores como CSV...</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::ProblemsList</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Solución: %2</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::SampleHistory</name>
    <message>
        <source>Replay the samples of earlier steps; the right end follows the run.</source>
        <translation>Vuelve a mostrar las muestras de pasos anteriores; el extremo derecho sigue el entrenamiento.</translation>
    </message>
    <message>
        <source>Samples at step %1</source>
        <translation>Muestras en el paso %1</translation>
    </message>
    <message>
        <source>Step %1 (live)</source>
        <translation>Paso %1 (en directo)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
</TS>
