# A loop or with block inside twenty others: too many statically nested blocks.
for i in range(1):
 while True:
  for i in range(1):
   while True:
    for i in range(1):
     while True:
      for i in range(1):
       while True:
        for i in range(1):
         while True:
          for i in range(1):
           while True:
            for i in range(1):
             while True:
              for i in range(1):
               while True:
                for i in range(1):
                 while True:
                  for i in range(1):
                   while True:
                    with open(1) as f:
                     pass
