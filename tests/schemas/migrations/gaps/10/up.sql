-- Version 10: needs version 3 (Reservoir). Sorting the names as strings
-- ("1" < "10" < "3") would run it too early and fail with "no such table".
ALTER TABLE Reservoir ADD COLUMN capacity REAL;
